package app.relais.bot.telegram;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Inbound;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/** Reads a Bot API {@link Update} as one {@link TelegramInput}. No network here. */
final class InboundMapper {

    static final String CHANNEL = "telegram";

    /** {@code /start payload}, {@code /help@RelaisBot}: name, optional bot name, optional argument. */
    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\\s+(.*))?$",
            Pattern.DOTALL);

    static ConversationKey keyOf(long chatId) {
        return new ConversationKey(CHANNEL, String.valueOf(chatId));
    }

    TelegramInput map(Update update) {
        if (update.hasCallbackQuery()) {
            return callback(update.getCallbackQuery());
        }
        if (update.hasMessage()) {
            return message(update.getMessage());
        }
        return new TelegramInput.Ignored();
    }

    /** The chat an update belongs to, or null when it belongs to none Relais answers. */
    static Long chatOf(Update update) {
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            return query.getMessage() != null ? query.getMessage().getChatId() : query.getFrom().getId();
        }
        return update.hasMessage() ? update.getMessage().getChatId() : null;
    }

    private TelegramInput callback(CallbackQuery query) {
        long chatId = query.getMessage() != null ? query.getMessage().getChatId() : query.getFrom().getId();
        String data = query.getData() == null ? "" : query.getData();
        return new TelegramInput.Event(chatId, new Inbound.Choice(keyOf(chatId), data, locale(query.getFrom())),
                query.getId(), null);
    }

    private TelegramInput message(Message message) {
        long chatId = message.getChatId();
        ConversationKey key = keyOf(chatId);
        Locale locale = locale(message.getFrom());
        if (message.hasText()) {
            return new TelegramInput.Event(chatId, text(key, message.getText(), locale), null, message.getMessageId());
        }
        if (message.hasPhoto()) {
            PhotoSize largest = message.getPhoto().stream()
                    .max(Comparator.comparingLong(InboundMapper::pixels)).orElseThrow();
            Long size = largest.getFileSize() == null ? null : largest.getFileSize().longValue();
            String name = "photo-" + message.getMessageId() + ".jpg";
            return new TelegramInput.Files(chatId, key, locale,
                    List.of(new TelegramInput.IncomingFile(largest.getFileId(), name, size)),
                    message.getCaption(), message.getMediaGroupId(), message.getMessageId());
        }
        if (message.hasDocument()) {
            Document document = message.getDocument();
            String name = document.getFileName() == null ? "document-" + message.getMessageId() : document.getFileName();
            return new TelegramInput.Files(chatId, key, locale,
                    List.of(new TelegramInput.IncomingFile(document.getFileId(), name, document.getFileSize())),
                    message.getCaption(), message.getMediaGroupId(), message.getMessageId());
        }
        return new TelegramInput.Unsupported(chatId, locale);
    }

    private static Inbound text(ConversationKey key, String text, Locale locale) {
        Matcher command = COMMAND.matcher(text.strip());
        if (command.matches()) {
            String argument = command.group(2) == null ? "" : command.group(2).strip();
            return new Inbound.Command(key, command.group(1).toLowerCase(Locale.ROOT), argument, locale);
        }
        return new Inbound.Text(key, text, locale);
    }

    private static long pixels(PhotoSize size) {
        long width = size.getWidth() == null ? 0 : size.getWidth();
        long height = size.getHeight() == null ? 0 : size.getHeight();
        return width * height;
    }

    /** Telegram's {@code language_code} is an IETF tag ("fr", "en", "pt-br"); null when unknown. */
    static Locale locale(User user) {
        if (user == null || user.getLanguageCode() == null || user.getLanguageCode().isBlank()) {
            return null;
        }
        return Locale.forLanguageTag(user.getLanguageCode());
    }
}
