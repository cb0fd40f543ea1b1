package app.relais.bot.telegram;

import java.io.ByteArrayInputStream;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * One message to send. The Bot API method is built afresh at each attempt: a document's input
 * stream is consumed by the first try, and a 429 retry must upload the whole file again.
 */
sealed interface Outgoing {

    long chatId();

    void sendWith(TelegramClient client) throws TelegramApiException;

    /** Plain text, no parse mode: what a user typed can never turn into markup. */
    record Text(long chatId, String text, InlineKeyboardMarkup keyboard) implements Outgoing {
        @Override
        public void sendWith(TelegramClient client) throws TelegramApiException {
            SendMessage message = new SendMessage(String.valueOf(chatId), text);
            message.setReplyMarkup(keyboard);
            client.execute(message);
        }
    }

    record Document(long chatId, String name, byte[] content, InlineKeyboardMarkup keyboard) implements Outgoing {
        @Override
        public void sendWith(TelegramClient client) throws TelegramApiException {
            SendDocument document = new SendDocument(String.valueOf(chatId),
                    new InputFile(new ByteArrayInputStream(content), name));
            document.setReplyMarkup(keyboard);
            client.execute(document);
        }
    }
}
