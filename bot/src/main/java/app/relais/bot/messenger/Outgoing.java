package app.relais.bot.messenger;

import java.util.List;

/** One Send API message Relais will send; a file's bytes are read from the file store when it goes out. */
sealed interface Outgoing {

    List<SendApi.QuickReply> quickReplies();

    Outgoing withQuickReplies(List<SendApi.QuickReply> quickReplies);

    /** Plain text: what a person typed can never become markup. */
    record Text(String text, List<SendApi.QuickReply> quickReplies) implements Outgoing {
        @Override
        public Outgoing withQuickReplies(List<SendApi.QuickReply> more) {
            return new Text(text, more);
        }
    }

    record File(String fileId, String name, String mime, List<SendApi.QuickReply> quickReplies) implements Outgoing {
        @Override
        public Outgoing withQuickReplies(List<SendApi.QuickReply> more) {
            return new File(fileId, name, mime, more);
        }

        /** Messenger shows an image inline; anything else as a file to open. */
        String attachmentType() {
            return mime != null && mime.startsWith("image/") ? "image" : "file";
        }
    }
}
