package app.relais.benchmarks.load;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A minimal RFC 6455 client for plain {@code ws://} on loopback, written for the load harness: the
 * JDK's {@code java.net.http.WebSocket} cost about 0.35 cores at 3,000 frames/s on the 2-core
 * machine the application is measured on, and handed every frame between threads before the
 * harness could timestamp it. Here the {@link IoLoop} thread reads all sockets and calls the
 * {@link Listener} as soon as a whole text message has been read; senders write their frame
 * themselves, without blocking, and the loop only finishes what the kernel did not take at once.
 * No extensions, subprotocols, TLS, proxies or redirects; no binary messages.
 */
final class LeanWebSocket implements WebSocketFrames.Handler {

    static final int NORMAL_CLOSURE = WebSocketFrames.NORMAL_CLOSURE;

    /** Called on the loop's thread, one call at a time per socket: keep the work short. */
    interface Listener {

        void onText(String message);

        /** The server's close frame arrived; the socket closes right after. */
        void onClose(int code);

        /** The connection broke after it was opened (a failed handshake fails {@link #connect} instead). */
        void onError(Throwable error);
    }

    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    /** Bot frames are a few KiB at most; a larger one makes the buffer grow for that frame only. */
    private static final int INITIAL_BUFFER = 4096;
    private static final int MAX_MESSAGE = 16 << 20;
    private static final long HANDSHAKE_TIMEOUT_SECONDS = 30;
    private static final long CLOSE_TIMEOUT_MILLIS = 2000;
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private enum State { CONNECTING, HANDSHAKE, OPEN, CLOSED }

    private final IoLoop loop;
    private final URI uri;
    private final Listener listener;
    private final String key;
    private final CompletableFuture<LeanWebSocket> connected = new CompletableFuture<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final WebSocketFrames.Decoder decoder = new WebSocketFrames.Decoder(MAX_MESSAGE);

    // Touched by the loop's thread only.
    private State state = State.CONNECTING;
    private SocketChannel channel;
    private SelectionKey selectionKey;
    private ByteBuffer in = ByteBuffer.allocate(INITIAL_BUFFER);

    // Writes come from any thread: these are guarded by the lock, so frames go out whole and in order.
    private final Object writeLock = new Object();
    private final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();
    /** False until the handshake is done and again once a close frame has been sent. */
    private boolean writable;
    private boolean closeWhenFlushed;

    private LeanWebSocket(IoLoop loop, URI uri, Listener listener) {
        this.loop = loop;
        this.uri = uri;
        this.listener = listener;
        byte[] nonce = new byte[16];
        // Only the server checks it, against nothing an attacker could predict on loopback.
        ThreadLocalRandom.current().nextBytes(nonce);
        this.key = Base64.getEncoder().encodeToString(nonce);
    }

    /**
     * Opens {@code ws://host:port/path}; completes on the loop's thread once the server has
     * accepted the handshake, so the caller (a timer thread) never waits on the network.
     */
    static CompletableFuture<LeanWebSocket> connect(URI uri, Listener listener) {
        IoLoop loop = IoLoop.shared();
        LeanWebSocket socket = new LeanWebSocket(loop, uri, listener);
        loop.execute(socket::open);
        CompletableFuture.delayedExecutor(HANDSHAKE_TIMEOUT_SECONDS, TimeUnit.SECONDS, socket.unlessDone(socket.connected))
                .execute(() -> {
                    if (!socket.connected.isDone()) {
                        socket.shutdown(new IOException("no handshake within " + HANDSHAKE_TIMEOUT_SECONDS + " s"));
                    }
                });
        return socket.connected;
    }

    /**
     * Sends one text message in one frame from the calling thread; false if the socket is closed
     * or closing, or the write failed (the socket is then closed and the listener told).
     */
    boolean sendText(String message) {
        return send(WebSocketFrames.TEXT, message.getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * Sends a close frame (1000) and closes the socket when the server's close frame comes back,
     * or after {@value #CLOSE_TIMEOUT_MILLIS} ms without it. The future never fails.
     */
    CompletableFuture<Void> close() {
        if (send(WebSocketFrames.CLOSE, WebSocketFrames.closePayload(NORMAL_CLOSURE, "done"), true)) {
            CompletableFuture.delayedExecutor(CLOSE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS, unlessDone(closed))
                    .execute(() -> shutdown(null));
        } else if (!connected.isDone()) {
            loop.execute(() -> shutdown(new IOException("closed before the handshake completed")));
        }
        return closed;
    }

    /** Runs a timed-out task on the loop, unless {@code future} completed in the meantime (no wake-up then). */
    private Executor unlessDone(CompletableFuture<?> future) {
        return task -> {
            if (!future.isDone()) {
                loop.execute(task);
            }
        };
    }

    // ---- the loop's side

    private void open() {
        try {
            channel = SocketChannel.open();
            channel.configureBlocking(false);
            // Frames are small and each is latency measured: no Nagle delay behind an unacknowledged one.
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            selectionKey = channel.register(loop.selector(), 0, this);
            if (channel.connect(new InetSocketAddress(uri.getHost(), port()))) {
                handshake();
            } else {
                selectionKey.interestOps(SelectionKey.OP_CONNECT);
            }
        } catch (IOException | RuntimeException e) {
            shutdown(e);
        }
    }

    private int port() {
        return uri.getPort() < 0 ? 80 : uri.getPort();
    }

    /** What the selector found ready for this socket. */
    void ready(SelectionKey key) {
        try {
            int ops = key.readyOps();
            if ((ops & SelectionKey.OP_CONNECT) != 0) {
                if (channel.finishConnect()) {
                    handshake();
                }
            }
            if ((ops & SelectionKey.OP_WRITE) != 0 && state != State.CLOSED) {
                flush();
            }
            if ((ops & SelectionKey.OP_READ) != 0 && state != State.CLOSED) {
                read();
            }
        } catch (WebSocketFrames.ProtocolException e) {
            send(WebSocketFrames.CLOSE, WebSocketFrames.closePayload(e.closeCode, ""), true);
            shutdown(e);
        } catch (IOException | RuntimeException e) {
            shutdown(e);
        }
    }

    private void handshake() throws IOException {
        state = State.HANDSHAKE;
        selectionKey.interestOps(SelectionKey.OP_READ);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String request = "GET " + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\n"
                + "Host: " + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "\r\n"
                + "Upgrade: websocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\n"
                + "Sec-WebSocket-Version: 13\r\n"
                // No Origin, as the JDK client: the application accepts non-browser clients without one.
                + "\r\n";
        synchronized (writeLock) {
            writeOrQueue(ByteBuffer.wrap(request.getBytes(StandardCharsets.ISO_8859_1)));
        }
    }

    private void read() throws IOException {
        if (channel.read(in) < 0) {
            boolean expected;
            synchronized (writeLock) {
                expected = !writable && state == State.OPEN;
            }
            // After our close frame the server may just hang up; otherwise it broke off.
            shutdown(expected ? null : new EOFException("the server closed the connection without a close frame"));
            return;
        }
        in.flip();
        if (state == State.HANDSHAKE && !upgraded()) {
            in.compact();
            if (!in.hasRemaining()) {
                throw new IOException("the handshake response is larger than " + in.capacity() + " bytes");
            }
            return;
        }
        decoder.feed(in, this);
        if (state == State.CLOSED) {
            return;
        }
        long next = WebSocketFrames.frameSize(in);
        in.compact();
        if (next > in.capacity()) {
            // One large message: room for the whole frame, so that it is decoded in one piece.
            ByteBuffer larger = ByteBuffer.allocate((int) next);
            larger.put(in.flip());
            in = larger;
        } else if (in.position() == 0 && in.capacity() > INITIAL_BUFFER) {
            in = ByteBuffer.allocate(INITIAL_BUFFER);
        }
    }

    /**
     * Checks the server's answer once its header is all in {@code in}: false while it is not,
     * true (with {@code in} just past the header) when the socket is open; throws if refused.
     */
    private boolean upgraded() throws IOException {
        int end = indexOf(in, HEADER_END);
        if (end < 0) {
            return false;
        }
        String header = new String(in.array(), in.position(), end - in.position(), StandardCharsets.ISO_8859_1);
        in.position(end + HEADER_END.length);
        String[] lines = header.split("\r\n");
        String[] status = lines[0].split(" ", 3);
        if (status.length < 2 || !status[1].equals("101")) {
            throw new IOException("handshake refused: " + lines[0]);
        }
        String upgrade = null;
        String connection = null;
        String accept = null;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            switch (name) {
                case "upgrade" -> upgrade = value;
                case "connection" -> connection = value;
                case "sec-websocket-accept" -> accept = value;
                // Nothing was offered, so nothing may be chosen (RFC 6455 section 4.1).
                case "sec-websocket-extensions", "sec-websocket-protocol" ->
                        throw new IOException("the server chose " + lines[i] + " without an offer");
                default -> {
                }
            }
        }
        if (!"websocket".equalsIgnoreCase(upgrade) || connection == null
                || !connection.toLowerCase(Locale.ROOT).contains("upgrade")) {
            throw new IOException("not a WebSocket upgrade: " + header);
        }
        if (!accept(key).equals(accept)) {
            throw new IOException("wrong Sec-WebSocket-Accept " + accept);
        }
        state = State.OPEN;
        synchronized (writeLock) {
            writable = true;
        }
        // Its callbacks run here, before any frame that came with the header is handed on.
        connected.complete(this);
        return true;
    }

    /** Base64 of the SHA-1 of the key and the RFC's GUID (RFC 6455 section 4.2.2). */
    static String accept(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((key + ACCEPT_GUID).getBytes(StandardCharsets.ISO_8859_1));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(ByteBuffer buffer, byte[] pattern) {
        byte[] bytes = buffer.array();
        outer:
        for (int i = buffer.position(); i <= buffer.limit() - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public void onText(String message) {
        listener.onText(message);
    }

    @Override
    public void onPing(byte[] payload) {
        send(WebSocketFrames.PONG, payload, false);
    }

    @Override
    public void onClose(int code, String reason) {
        // The server spoke first: echo its status, as RFC 6455 section 5.5.1 asks (1005 is never sent).
        send(WebSocketFrames.CLOSE, code == WebSocketFrames.NO_STATUS ? new byte[0]
                : WebSocketFrames.closePayload(code, ""), true);
        listener.onClose(code);
        synchronized (writeLock) {
            if (!pending.isEmpty()) {
                closeWhenFlushed = true;
                return;
            }
        }
        shutdown(null);
    }

    /** OP_WRITE: what the senders could not write at once, in order. */
    private void flush() throws IOException {
        synchronized (writeLock) {
            while (!pending.isEmpty()) {
                ByteBuffer frame = pending.peek();
                channel.write(frame);
                if (frame.hasRemaining()) {
                    return;
                }
                pending.poll();
            }
            selectionKey.interestOpsAnd(~SelectionKey.OP_WRITE);
            if (!closeWhenFlushed) {
                return;
            }
        }
        shutdown(null);
    }

    /**
     * Closes the channel and settles the futures, once; on the loop's thread only. An error before
     * the handshake fails {@link #connect}; after it, the listener hears of it.
     */
    private void shutdown(Throwable error) {
        if (!loop.inLoop()) {
            loop.execute(() -> shutdown(error));
            return;
        }
        if (state == State.CLOSED) {
            return;
        }
        boolean wasOpen = state == State.OPEN;
        state = State.CLOSED;
        synchronized (writeLock) {
            writable = false;
            pending.clear();
        }
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // closed either way
        }
        if (!wasOpen) {
            connected.completeExceptionally(error != null ? error : new IOException("closed during the handshake"));
        } else if (error != null) {
            listener.onError(error);
        }
        closed.complete(null);
    }

    // ---- the senders' side

    private boolean send(int opcode, byte[] payload, boolean closing) {
        byte[] mask = new byte[4];
        // Masking is for proxies that could mistake frames for HTTP; none stands on loopback.
        ThreadLocalRandom.current().nextBytes(mask);
        ByteBuffer frame = ByteBuffer.wrap(WebSocketFrames.encode(opcode, true, payload, mask));
        IOException failure;
        synchronized (writeLock) {
            if (!writable) {
                return false;
            }
            writable = !closing;
            try {
                writeOrQueue(frame);
                return true;
            } catch (IOException e) {
                writable = false;
                failure = e;
            }
        }
        // Outside the lock: shutdown may call the listener.
        shutdown(failure);
        return false;
    }

    /** Writes now if nothing waits before it, else (or for what is left) queues it for the loop. Holds the lock. */
    private void writeOrQueue(ByteBuffer frame) throws IOException {
        if (pending.isEmpty()) {
            channel.write(frame);
            if (!frame.hasRemaining()) {
                return;
            }
        }
        pending.add(frame);
        if (pending.size() == 1) {
            selectionKey.interestOpsOr(SelectionKey.OP_WRITE);
            loop.wakeup();
        }
    }
}
