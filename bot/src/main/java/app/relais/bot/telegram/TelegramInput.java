package app.relais.bot.telegram;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Inbound;
import java.util.List;
import java.util.Locale;

/** What one update asks of the adapter, before any file is downloaded. */
sealed interface TelegramInput {

    /**
     * Text, a command or a button: ready for the engine. {@code callbackId} is set for buttons,
     * {@code messageId} for messages the person sent (the bot may delete one that held a password).
     */
    record Event(long chatId, Inbound inbound, String callbackId, Integer messageId) implements TelegramInput {
    }

    /** Photos or documents to fetch and check before the engine sees them; {@code messageId} as in {@link Event}. */
    record Files(long chatId, ConversationKey key, Locale locale, List<IncomingFile> files,
                 String caption, String mediaGroupId, Integer messageId) implements TelegramInput {
    }

    /** A message kind Relais does not read (sticker, voice, location...): the user is told. */
    record Unsupported(long chatId, Locale locale) implements TelegramInput {
    }

    /** Nothing to answer (an edited message, a member update...). */
    record Ignored() implements TelegramInput {
    }

    /** A file as Telegram announces it; {@code size} may be null. */
    record IncomingFile(String fileId, String name, Long size) {
    }
}
