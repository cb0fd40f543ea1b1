package app.relais.webchat.socket;

import java.io.IOException;
import java.time.ZoneId;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * One open socket: its session once it said hello, its language, its misbehaviour count. Sends
 * go through a {@link ConcurrentWebSocketSessionDecorator}, so replies to the client and messages
 * pushed by the gateway never interleave, and a client that stops reading is cut off instead of
 * blocking a thread.
 */
final class ChatConnection {

    private static final Logger log = LoggerFactory.getLogger(ChatConnection.class);
    private static final int SEND_TIME_LIMIT_MILLIS = 10_000;
    private static final int SEND_BUFFER_LIMIT_BYTES = 512 * 1024;

    private final WebSocketSession socket;
    private final String remoteAddress;
    private final Locale browserLocale;
    final FrameAssembler assembler = new FrameAssembler(FrameParser.MAX_FRAME_BYTES);
    private volatile String sessionId;
    private volatile Locale locale;
    private volatile String language;
    private volatile ZoneId zone;
    private volatile String start;
    private int errorsInARow;

    ChatConnection(WebSocketSession socket, String remoteAddress, Locale browserLocale) {
        this.socket = new ConcurrentWebSocketSessionDecorator(socket, SEND_TIME_LIMIT_MILLIS, SEND_BUFFER_LIMIT_BYTES);
        this.remoteAddress = remoteAddress;
        this.browserLocale = browserLocale;
    }

    String sessionId() {
        return sessionId;
    }

    void open(String id) {
        this.sessionId = id;
    }

    void locale(Locale helloLocale) {
        if (helloLocale != null) {
            this.locale = helloLocale;
        }
    }

    /** The user's locale: what the page said in hello, else the browser's Accept-Language; may be null. */
    Locale locale() {
        return locale != null ? locale : browserLocale;
    }

    /** The language the conversation speaks ("fr", "en"), once known; it follows /lang. */
    String language() {
        return language;
    }

    /** Remembers the conversation's language; true when it changed. */
    boolean language(String value) {
        if (value == null || value.equals(language)) {
            return false;
        }
        language = value;
        return true;
    }

    /** The start parameter the page gave in hello (a new conversation after /forget begins the same way). */
    String start() {
        return start;
    }

    void start(String value) {
        start = value;
    }

    /** The page's time zone (hello), or null. */
    ZoneId zone() {
        return zone;
    }

    void zone(ZoneId value) {
        if (value != null) {
            zone = value;
        }
    }

    String remoteAddress() {
        return remoteAddress;
    }

    String socketId() {
        return socket.getId();
    }

    /** Counts one refused frame; returns how many came in a row. */
    int refused() {
        return ++errorsInARow;
    }

    void accepted() {
        errorsInARow = 0;
    }

    /** Sends a frame; false when the socket is closed or the send failed (the client resumes later). */
    boolean send(String frame) {
        if (!socket.isOpen()) {
            return false;
        }
        try {
            socket.sendMessage(new TextMessage(frame));
            return true;
        } catch (IOException | RuntimeException e) {
            // The decorator closes a socket whose client stopped reading; the client reconnects and resumes.
            log.debug("could not send to socket {}: {}", socket.getId(), e.toString());
            return false;
        }
    }

    void close(CloseStatus status) {
        try {
            socket.close(status);
        } catch (IOException e) {
            log.debug("socket {} was already gone: {}", socket.getId(), e.toString());
        }
    }
}
