package app.relais.bot.messenger;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Inbound;
import java.net.URI;
import java.util.List;

/** What one event asks of the channel, before any file is downloaded. */
sealed interface MessengerInput {

    String psid();

    /** Text, a quick reply, a postback, a number answering a numbered list: ready for the engine. */
    record Event(String psid, Inbound inbound) implements MessengerInput {
    }

    /** Images or files to fetch and check before the engine sees them (several photos come as one message). */
    record Files(String psid, ConversationKey key, List<IncomingFile> files) implements MessengerInput {
    }

    /** A kind Relais does not read (sticker, audio, video, location, a shared post): the person is told. */
    record Unsupported(String psid) implements MessengerInput {
    }

    /** A file as the webhook announces it: a URL to fetch it from, and a name. */
    record IncomingFile(URI url, String name) {
    }
}
