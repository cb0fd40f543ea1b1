package app.relais.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.CloseReason;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against a real server: embedded Tomcat on 127.0.0.1 with a {@code jakarta.websocket}
 * echo endpoint at the application's path, the stack the application itself runs on.
 */
class LeanWebSocketTest {

    private static final long WAIT_SECONDS = 3;

    @TempDir
    static Path baseDir;
    private static Tomcat tomcat;
    private static int port;

    /** What the server saw, for the assertions on its side. */
    static final BlockingQueue<Map<String, List<String>>> HANDSHAKES = new LinkedBlockingQueue<>();
    static final BlockingQueue<Integer> SERVER_CLOSES = new LinkedBlockingQueue<>();

    private final Recorder client = new Recorder();

    @BeforeAll
    static void startTomcat() throws Exception {
        tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", baseDir.toString());
        // Whole messages up to 1 MiB on the server side (Tomcat's default is 8 KiB).
        context.addParameter("org.apache.tomcat.websocket.textBufferSize", String.valueOf(1 << 20));
        context.addServletContainerInitializer(new WsSci(), Set.of(Echo.class));
        // Without a servlet mapped, Tomcat answers 404 before WsFilter can upgrade a request.
        Tomcat.addServlet(context, "nothing", new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        });
        context.addServletMappingDecoded("/", "nothing");
        tomcat.start();
        port = connector.getLocalPort();
    }

    @AfterAll
    static void stopTomcat() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }

    @BeforeEach
    void forgetTheLastTest() {
        HANDSHAKES.clear();
        SERVER_CLOSES.clear();
    }

    @Test
    void exchangesTextMessagesAnswersPingsAndClosesCleanly() throws Exception {
        LeanWebSocket socket = connect("/ws/chat");
        Map<String, List<String>> handshake = HANDSHAKES.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(handshake).isNotNull();
        assertThat(handshake.get("sec-websocket-version")).containsExactly("13");
        assertThat(handshake.get("host")).containsExactly("127.0.0.1:" + port);
        // As the JDK client: no Origin, which the application accepts from non-browser clients.
        assertThat(handshake).doesNotContainKey("origin");

        for (String message : List.of("{\"type\":\"ping\"}", "Réponse à « ça » : déjà vu, 20 € 😀🇫🇷", "x".repeat(300))) {
            assertThat(socket.sendText(message)).isTrue();
            assertThat(client.next()).isEqualTo(message);
        }

        // Over 64 KiB: the 64-bit length form, and the server's echo comes back in several frames.
        String large = "Été à Noël, ça déménage ! 😀 ".repeat(3000);
        assertThat(large.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(65536);
        assertThat(socket.sendText(large)).isTrue();
        assertThat(client.next()).isEqualTo(large);

        // A message the server sends in fragments, cut between characters of its own choosing.
        socket.sendText("fragments");
        assertThat(client.next()).isEqualTo("Bonjour, ça va ? 😀 Très bien.");

        // The server pings; its endpoint echoes the pong the client sent back.
        socket.sendText("ping me");
        assertThat(client.next()).isEqualTo("pong: are you there?");

        // Large messages while the server reads nothing: more than the kernel takes, so some wait
        // for OP_WRITE; they must still arrive whole and in order.
        socket.sendText("hold on");
        String megabyte = "a".repeat(1_000_000);
        int burst = 8;
        for (int i = 0; i < burst; i++) {
            assertThat(socket.sendText(i + megabyte)).isTrue();
        }
        for (int i = 0; i < burst; i++) {
            assertThat(client.next()).isEqualTo(i + megabyte);
        }

        long start = System.nanoTime();
        socket.close().get(WAIT_SECONDS, TimeUnit.SECONDS);
        // The server's close frame ended it, not the client's timeout.
        assertThat(client.closes.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(1000);
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.MILLISECONDS.toNanos(1500));
        assertThat(SERVER_CLOSES.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(1000);
        assertThat(socket.sendText("too late")).isFalse();
        assertThat(client.errors).isEmpty();
        assertThat(client.texts).isEmpty();
    }

    @Test
    void answersACloseTheServerStarts() throws Exception {
        LeanWebSocket socket = connect("/ws/chat");
        socket.sendText("close me");
        assertThat(client.closes.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(1001);
        // Already closing: close() only waits for the end.
        socket.close().get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(SERVER_CLOSES.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(1001);
        assertThat(socket.sendText("too late")).isFalse();
        assertThat(client.errors).isEmpty();
    }

    @Test
    void failsTheConnectionWhenTheServerRefusesTheUpgrade() {
        assertThatThrownBy(() -> connect("/nothing-here"))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IOException.class)
                .hasMessageContaining("handshake refused: HTTP/1.1 404");
        assertThat(client.errors).isEmpty();
    }

    private LeanWebSocket connect(String path) throws Exception {
        return LeanWebSocket.connect(URI.create("ws://127.0.0.1:" + port + path), client)
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** The client's listener: what it was handed, on the I/O thread. */
    private static final class Recorder implements LeanWebSocket.Listener {
        final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
        final BlockingQueue<Integer> closes = new LinkedBlockingQueue<>();
        final BlockingQueue<Throwable> errors = new LinkedBlockingQueue<>();

        String next() throws InterruptedException {
            String text = texts.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(text).as("a message within %d s", WAIT_SECONDS).isNotNull();
            return text;
        }

        @Override
        public void onText(String message) {
            texts.add(message);
        }

        @Override
        public void onClose(int code) {
            closes.add(code);
        }

        @Override
        public void onError(Throwable error) {
            errors.add(error);
        }
    }

    /** Echoes text, and a few commands that make the server do what a test needs. */
    @ServerEndpoint(value = "/ws/chat", configurator = Echo.Headers.class)
    public static class Echo {

        @OnMessage
        public void text(String message, Session session) throws IOException {
            switch (message) {
                case "ping me" -> session.getBasicRemote().sendPing(ByteBuffer.wrap("are you there?".getBytes(StandardCharsets.UTF_8)));
                case "fragments" -> {
                    session.getBasicRemote().sendText("Bonjour, ", false);
                    session.getBasicRemote().sendText("ça va ? 😀", false);
                    session.getBasicRemote().sendText(" Très bien.", true);
                }
                case "hold on" -> sleep(300);
                case "close me" -> session.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "bye"));
                default -> session.getBasicRemote().sendText(message);
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @OnMessage
        public void pong(PongMessage pong, Session session) throws IOException {
            session.getBasicRemote().sendText("pong: " + StandardCharsets.UTF_8.decode(pong.getApplicationData()));
        }

        @OnClose
        public void closed(Session session, CloseReason reason) {
            SERVER_CLOSES.add(reason.getCloseCode().getCode());
        }

        /** Keeps the request's headers, names in lower case. */
        public static class Headers extends ServerEndpointConfig.Configurator {
            @Override
            public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
                Map<String, List<String>> headers = new java.util.TreeMap<>();
                request.getHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values));
                HANDSHAKES.add(headers);
            }
        }
    }
}
