package app.relais.webchat.socket;

/** What a client may send, once parsed and checked. */
sealed interface ClientFrame permits ClientFrame.Hello, ClientFrame.Text, ClientFrame.Choice,
        ClientFrame.Attachment, ClientFrame.Ping {

    /**
     * {@code session} null for a new visitor; {@code locale} and {@code start} may be null;
     * {@code continuation} is the token of a {@code /continue} link, else null.
     */
    record Hello(String session, String locale, String start, String continuation) implements ClientFrame {
        Hello(String session, String locale, String start) {
            this(session, locale, start, null);
        }
    }

    record Text(String text) implements ClientFrame {
    }

    record Choice(String id) implements ClientFrame {
    }

    record Attachment(String upload) implements ClientFrame {
    }

    record Ping() implements ClientFrame {
    }
}
