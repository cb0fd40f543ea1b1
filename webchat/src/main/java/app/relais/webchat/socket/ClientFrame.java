package app.relais.webchat.socket;

/** What a client may send, once parsed and checked. */
sealed interface ClientFrame permits ClientFrame.Hello, ClientFrame.Text, ClientFrame.Choice,
        ClientFrame.Attachment, ClientFrame.Ping {

    /**
     * {@code session} null for a new visitor; {@code locale} and {@code start} may be null;
     * {@code last} the id of the last message the client showed (0: none or unknown).
     */
    record Hello(String session, String locale, String start, long last) implements ClientFrame {
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
