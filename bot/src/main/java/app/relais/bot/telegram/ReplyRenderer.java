package app.relais.bot.telegram;

import app.relais.bot.channel.TextSplitter;
import app.relais.conversation.Choice;
import app.relais.conversation.FileRef;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import app.relais.files.FileStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Renders an engine {@link Reply} as Telegram messages: the text (split at 4096 characters), one
 * inline button per choice (callback_data = the choice id, at most 64 bytes by contract), one URL
 * button per http(s) link, other links (mailto:) written into the text because Telegram refuses
 * buttons of other schemes, then each file as a document. The keyboard rides on the last message.
 */
final class ReplyRenderer {

    private static final Logger log = LoggerFactory.getLogger(ReplyRenderer.class);

    private final FileStore files;

    ReplyRenderer(FileStore files) {
        this.files = files;
    }

    List<Outgoing> render(long chatId, Reply reply) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (Choice choice : reply.choices()) {
            InlineKeyboardButton button = new InlineKeyboardButton(choice.label());
            button.setCallbackData(choice.id());
            rows.add(new InlineKeyboardRow(button));
        }
        StringBuilder text = new StringBuilder(reply.text().strip());
        for (Link link : reply.links()) {
            if (isWebLink(link.url())) {
                InlineKeyboardButton button = new InlineKeyboardButton(link.label());
                button.setUrl(link.url());
                rows.add(new InlineKeyboardRow(button));
            } else {
                text.append(text.length() == 0 ? "" : "\n\n").append(link.label()).append('\n').append(link.url());
            }
        }
        InlineKeyboardMarkup keyboard = rows.isEmpty() ? null : new InlineKeyboardMarkup(rows);

        List<Outgoing> out = new ArrayList<>();
        if (!text.toString().isBlank()) {
            for (String part : TextSplitter.split(text.toString(), TextSplitter.TELEGRAM_LIMIT)) {
                out.add(new Outgoing.Text(chatId, part, null));
            }
        }
        for (FileRef ref : reply.files()) {
            Optional<byte[]> content = files.content(ref.fileId());
            if (content.isEmpty()) {
                log.warn("file {} of a reply is no longer stored; not sent", ref.fileId());
                continue;
            }
            out.add(new Outgoing.Document(chatId, ref.name(), content.get(), null));
        }
        if (keyboard != null && !out.isEmpty()) {
            out.set(out.size() - 1, withKeyboard(out.get(out.size() - 1), keyboard));
        }
        return out;
    }

    private static Outgoing withKeyboard(Outgoing message, InlineKeyboardMarkup keyboard) {
        if (message instanceof Outgoing.Text text) {
            return new Outgoing.Text(text.chatId(), text.text(), keyboard);
        }
        Outgoing.Document document = (Outgoing.Document) message;
        return new Outgoing.Document(document.chatId(), document.name(), document.content(), keyboard);
    }

    static boolean isWebLink(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
