package app.relais.webchat.socket;

import java.time.ZoneId;

/** What a client may send, once parsed and checked. */
sealed interface ClientFrame permits ClientFrame.Hello, ClientFrame.Text, ClientFrame.Choice,
        ClientFrame.Attachment, ClientFrame.Ping {

    /**
     * {@code session} null for a new visitor; {@code locale}, {@code start} and {@code zone} (the
     * page's IANA time zone, v1 extension) may be null; {@code last} the id of the last message the
     * client showed (0: none or unknown); {@code continuation} is the token of a {@code /continue}
     * link, else null.
     */
    record Hello(String session, String locale, String start, ZoneId zone, long last, String continuation)
            implements ClientFrame {
        Hello(String session, String locale, String start, ZoneId zone, long last) {
            this(session, locale, start, zone, last, null);
        }

        Hello(String session, String locale, String start, ZoneId zone, String continuation) {
            this(session, locale, start, zone, 0, continuation);
        }
    }

    /** {@code id}: the client's own id for this message (v1 extension), echoed in a {@code masked} frame; may be null. */
    record Text(String text, String id) implements ClientFrame {
    }

    record Choice(String id) implements ClientFrame {
    }

    record Attachment(String upload) implements ClientFrame {
    }

    record Ping() implements ClientFrame {
    }
}
