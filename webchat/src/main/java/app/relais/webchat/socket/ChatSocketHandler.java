package app.relais.webchat.socket;

import app.relais.conversation.ConversationEngine;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Inbound;
import app.relais.conversation.Replies;
import app.relais.files.FileStore;
import app.relais.files.StoredFile;
import app.relais.i18n.Messages;
import app.relais.store.ConversationSnapshot;
import app.relais.store.ConversationStore;
import app.relais.webchat.ChatLanguage;
import app.relais.webchat.ErrorCode;
import app.relais.webchat.Handover;
import app.relais.webchat.WebChat;
import app.relais.webchat.session.SessionTokens;
import app.relais.webchat.session.SlidingWindowLimiter;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;

/**
 * Protocol v1 for one socket. {@code hello} opens or resumes a session (a new one gets the flow's
 * greeting through {@code /start}, a resumed one what its conversation is still owed); {@code text},
 * {@code choice} and {@code attachment} go to the engine, each reply back as one {@code bot} frame
 * sent from the conversation's outbox ({@link CustomerLine}). A refused frame gets an {@code error} frame in
 * the user's language and changes nothing in the conversation; after {@link #MAX_ERRORS_IN_A_ROW}
 * refused frames in a row the socket is closed with 1008.
 *
 * <p>The engine runs on the socket's thread: it takes microseconds and serialises per conversation
 * itself, and sends to one socket are serialised by {@link ChatConnection}.
 */
final class ChatSocketHandler extends AbstractWebSocketHandler {

    static final int MAX_ERRORS_IN_A_ROW = 10;
    private static final String CONNECTION = ChatConnection.class.getName();
    private static final Logger log = LoggerFactory.getLogger(ChatSocketHandler.class);

    private final ConversationEngine engine;
    private final ConversationStore conversations;
    private final FileStore files;
    private final SessionTokens tokens;
    private final SlidingWindowLimiter messagesPerSession;
    private final SlidingWindowLimiter sessionsPerAddress;
    private final ChatLanguage language;
    private final LiveSockets sockets;
    private final CustomerLine line;
    private final FrameParser parser = new FrameParser();
    private final FrameRenderer renderer = new FrameRenderer();
    private volatile Handover handover = Handover.NONE;

    ChatSocketHandler(ConversationEngine engine, ConversationStore conversations, FileStore files,
                      SessionTokens tokens, SlidingWindowLimiter messagesPerSession,
                      SlidingWindowLimiter sessionsPerAddress, ChatLanguage language, LiveSockets sockets,
                      CustomerLine line) {
        this.engine = engine;
        this.conversations = conversations;
        this.files = files;
        this.tokens = tokens;
        this.messagesPerSession = messagesPerSession;
        this.sessionsPerAddress = sessionsPerAddress;
        this.language = language;
        this.sockets = sockets;
        this.line = line;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession socket) {
        socket.getAttributes().put(CONNECTION, new ChatConnection(socket, address(socket), browserLocale(socket)));
    }

    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    protected void handleTextMessage(WebSocketSession socket, TextMessage message) {
        ChatConnection connection = connection(socket);
        try {
            String frame = connection.assembler.add(message.getPayload(), message.getPayloadLength(), message.isLast());
            if (frame != null) {
                handle(connection, parser.parse(frame));
            }
        } catch (FrameRejected rejected) {
            refuse(connection, rejected);
        }
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession socket, BinaryMessage message) {
        if (message.isLast()) {
            refuse(connection(socket), new FrameRejected(ErrorCode.BAD_REQUEST, "webchat.error.binary"));
        }
    }

    @Override
    public void handleTransportError(WebSocketSession socket, Throwable error) {
        log.debug("transport error on socket {}: {}", socket.getId(), error.toString());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession socket, CloseStatus status) {
        ChatConnection connection = (ChatConnection) socket.getAttributes().get(CONNECTION);
        if (connection != null) {
            sockets.remove(connection);
        }
    }

    private void handle(ChatConnection connection, ClientFrame frame) {
        if (frame instanceof ClientFrame.Ping) {
            connection.send(renderer.pong());
            return;
        }
        if (frame instanceof ClientFrame.Hello hello) {
            hello(connection, hello);
            return;
        }
        String sessionId = connection.sessionId();
        if (sessionId == null) {
            throw new FrameRejected(ErrorCode.HELLO_REQUIRED, "webchat.error.hello-required");
        }
        if (!messagesPerSession.tryAcquire(sessionId)) {
            throw new FrameRejected(ErrorCode.RATE_LIMITED, "webchat.error.rate-limited");
        }
        Inbound inbound = inbound(connection, WebChat.key(sessionId), frame);
        connection.accepted();
        deliver(connection, inbound, frame instanceof ClientFrame.Text text ? text.id() : null);
    }

    private void hello(ChatConnection connection, ClientFrame.Hello hello) {
        if (connection.sessionId() != null) {
            throw new FrameRejected(ErrorCode.BAD_REQUEST, "webchat.error.hello-twice");
        }
        connection.locale(ChatLanguage.fromTag(hello.locale()));
        connection.zone(hello.zone());
        connection.start(hello.start());
        connection.language(Messages.supported(connection.locale()).getLanguage());
        if (hello.continuation() != null) {
            continueHere(connection, hello.continuation());
            return;
        }
        if (hello.session() != null) {
            Optional<ConversationSnapshot> known = tokens.verify(hello.session())
                    .flatMap(id -> conversations.load(WebChat.key(id)));
            if (known.isPresent()) {
                connection.language(known.get().data().locale());
                open(connection, known.get().key().externalId());
                connection.send(renderer.welcome(hello.session(), true));
                connection.accepted();
                // What the conversation is still owed (a turn committed just before a crash or a
                // dropped socket) goes out before anything new.
                line.opened(connection, true, hello.last());
                return;
            }
            // Forged, from another deployment, or its conversation expired or was erased: say so, start afresh.
            tell(connection, ErrorCode.UNKNOWN_SESSION, "webchat.error.unknown-session");
        }
        if (!sessionsPerAddress.tryAcquire(connection.remoteAddress())) {
            throw new FrameRejected(ErrorCode.RATE_LIMITED, "webchat.error.too-many-sessions");
        }
        SessionTokens.Issued issued = tokens.issue();
        open(connection, issued.sessionId());
        connection.send(renderer.welcome(issued.token(), false));
        connection.accepted();
        line.opened(connection, false, 0);
        deliver(connection, new Inbound.Command(WebChat.key(issued.sessionId()), "start", hello.start(),
                connection.locale()), null);
    }

    /**
     * A {@code /continue} link: a new session opens on a copy of the conversation the token names,
     * which says so and asks its pending question again. A refused token (forged, expired, used)
     * is said in the user's language and a new conversation starts, as for an unknown session.
     */
    private void continueHere(ChatConnection connection, String token) {
        if (!sessionsPerAddress.tryAcquire(connection.remoteAddress())) {
            throw new FrameRejected(ErrorCode.RATE_LIMITED, "webchat.error.too-many-sessions");
        }
        SessionTokens.Issued issued = tokens.issue();
        Optional<String> from = handover.redeem(token, WebChat.key(issued.sessionId()));
        open(connection, issued.sessionId());
        connection.send(renderer.welcome(issued.token(), false));
        connection.accepted();
        line.opened(connection, false, 0);
        if (from.isEmpty()) {
            tell(connection, ErrorCode.CONTINUATION_REFUSED, "webchat.error.continuation-refused");
            deliver(connection, new Inbound.Command(WebChat.key(issued.sessionId()), "start", connection.start(),
                    connection.locale()), null);
            return;
        }
        log.info("{} continues a {} conversation", WebChat.key(issued.sessionId()), from.get());
        deliver(connection, new Inbound.Command(WebChat.key(issued.sessionId()), "status", "", connection.locale()), null);
    }

    /** Where {@code /continue} tokens are redeemed (the application's); none refuses every token. */
    void handover(Handover value) {
        this.handover = value;
    }

    private void open(ChatConnection connection, String sessionId) {
        connection.open(sessionId);
        sockets.add(connection);
    }

    private Inbound inbound(ChatConnection connection, ConversationKey key, ClientFrame frame) {
        Locale locale = connection.locale();
        if (frame instanceof ClientFrame.Text text) {
            return new Inbound.Text(key, text.text(), locale);
        }
        if (frame instanceof ClientFrame.Choice choice) {
            return new Inbound.Choice(key, choice.id(), locale);
        }
        ClientFrame.Attachment attachment = (ClientFrame.Attachment) frame;
        StoredFile file = files.find(attachment.upload()).filter(f -> f.owner().equals(key))
                .orElseThrow(() -> new FrameRejected(ErrorCode.UNKNOWN_UPLOAD, "webchat.error.unknown-upload"));
        return new Inbound.Attachment(key, List.of(file.id()), null, locale);
    }

    /** {@code messageId}: the client's id of the text being answered, or null. */
    private void deliver(ChatConnection connection, Inbound inbound, String messageId) {
        Replies answer;
        try {
            answer = engine.handle(inbound);
        } catch (RuntimeException e) {
            log.error("the engine failed on {} from {}", inbound.getClass().getSimpleName(), inbound.key(), e);
            tell(connection, ErrorCode.INTERNAL_ERROR, "webchat.error.internal");
            return;
        }
        if (answer.masked() && messageId != null) {
            // The person's own bubble (and what the page stored) must not keep the secret either.
            connection.send(line.masked(messageId, answer.maskedText()));
        }
        if (answer.erased()) {
            startAfresh(connection, answer);
            return;
        }
        line.answer(connection, answer);
        if (connection.language(answer.language())) {
            line.languageChanged(connection);
        }
    }

    /**
     * /forget erased the session's conversation: every page of it is told to forget it too (the
     * others are closed and reconnect on their own), and this one gets a new session at once, the
     * confirmation (not stored: nothing of the erased conversation is), and the new conversation's
     * greeting in the language the person was using.
     */
    private void startAfresh(ChatConnection connection, Replies answer) {
        String erased = connection.sessionId();
        for (ChatConnection other : sockets.of(erased)) {
            other.send(line.forgotten());
            if (other != connection) {
                other.close(CloseStatus.NORMAL.withReason("conversation erased"));
            }
        }
        sockets.remove(connection);
        SessionTokens.Issued issued = tokens.issue();
        open(connection, issued.sessionId());
        if (!Messages.supported(connection.locale()).getLanguage().equals(answer.language())) {
            // The page said French, the person chose English (/lang): the new conversation speaks English.
            connection.locale(Locale.forLanguageTag(answer.language()));
        }
        connection.send(renderer.welcome(issued.token(), false));
        line.answer(connection, answer);
        deliver(connection, new Inbound.Command(WebChat.key(issued.sessionId()), "start", connection.start(),
                connection.locale()), null);
    }

    /** Answers a refused frame; a client that keeps sending refused frames is cut off. */
    private void refuse(ChatConnection connection, FrameRejected rejected) {
        tell(connection, rejected.code(), rejected.messageKey(), rejected.args());
        if (connection.refused() >= MAX_ERRORS_IN_A_ROW) {
            log.info("closing socket {} from {} after {} refused frames in a row", connection.socketId(),
                    connection.remoteAddress(), MAX_ERRORS_IN_A_ROW);
            connection.close(CloseStatus.POLICY_VIOLATION.withReason("too many refused frames"));
        }
    }

    private void tell(ChatConnection connection, ErrorCode code, String messageKey, Object... args) {
        String message = language.of(connection.sessionId(), connection.locale()).get(messageKey, args);
        connection.send(renderer.error(code, message));
    }

    private static ChatConnection connection(WebSocketSession socket) {
        return (ChatConnection) socket.getAttributes().get(CONNECTION);
    }

    private static String address(WebSocketSession socket) {
        InetSocketAddress remote = socket.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private static Locale browserLocale(WebSocketSession socket) {
        return ChatLanguage.fromAcceptLanguage(socket.getHandshakeHeaders().getFirst("Accept-Language"));
    }
}
