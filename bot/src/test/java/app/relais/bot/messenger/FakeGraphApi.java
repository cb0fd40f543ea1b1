package app.relais.bot.messenger;

import app.relais.bot.channel.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A Graph API of our own on 127.0.0.1: {@code POST /{version}/me/messages} (JSON, or multipart with
 * {@code filedata}) checked for the page token and its {@code appsecret_proof}, every accepted call
 * recorded; attachments served at {@code /cdn/…} as Meta's CDN would. Sends can be made to fail on
 * demand, once or until {@link #recover()}, with Meta's answers: code 1200, an HTTP 500 from a
 * proxy, 551, 10/2018278, 100, 190.
 */
public final class FakeGraphApi implements AutoCloseable {

    public static final String VERSION = "v24.0";
    public static final String PAGE_TOKEN = "EAAGtestPageToken0123456789";
    public static final String APP_SECRET = "3f1c2e0a9b8d7c6e5f4a3b2c1d0e9f8a";
    public static final String VERIFY_TOKEN = "relais-verify-2026";

    /** Meta's answers to a send, as {@link #failSends} and {@link #failNext} give them. */
    public enum Fault {
        TEMPORARY_1200(500, "{\"error\":{\"message\":\"(#1200) Temporary send message failure. Please try again later\","
                + "\"type\":\"OAuthException\",\"code\":1200,\"fbtrace_id\":\"AbC1200\"}}"),
        HTTP_500(500, "<html><body>500 Internal Server Error</body></html>"),
        UNAVAILABLE_551(400, "{\"error\":{\"message\":\"(#551) This person isn't available right now.\","
                + "\"type\":\"OAuthException\",\"code\":551,\"error_subcode\":1545041,\"fbtrace_id\":\"AbC551\"}}"),
        OUTSIDE_WINDOW(400, "{\"error\":{\"message\":\"(#10) This message is sent outside of allowed window.\","
                + "\"type\":\"OAuthException\",\"code\":10,\"error_subcode\":2018278,\"fbtrace_id\":\"AbC10\"}}"),
        BAD_PARAMETER(400, "{\"error\":{\"message\":\"(#100) Invalid parameter\",\"type\":\"OAuthException\","
                + "\"code\":100,\"fbtrace_id\":\"AbC100\"}}"),
        TOKEN_EXPIRED(400, "{\"error\":{\"message\":\"Error validating access token: Session has expired.\","
                + "\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463,\"fbtrace_id\":\"AbC190\"}}");

        final int status;
        final String body;

        Fault(int status, String body) {
            this.status = status;
            this.body = body;
        }
    }

    /** One accepted call: the person, the body as JSON (a multipart file as {file_name, size, content}), when. */
    public record Call(String psid, ObjectNode body, Instant at) {
        public String text() {
            return body.path("message").path("text").asText("");
        }

        public boolean typing() {
            return body.has("sender_action");
        }

        public List<String> quickReplies() {
            List<String> titles = new ArrayList<>();
            body.path("message").path("quick_replies").forEach(q -> titles.add(q.path("title").asText()));
            return titles;
        }

        /** Messenger's own buttons among the quick replies ({@code user_email}, {@code user_phone_number}). */
        public List<String> profileButtons() {
            List<String> types = new ArrayList<>();
            body.path("message").path("quick_replies").forEach(q -> {
                if (!"text".equals(q.path("content_type").asText())) {
                    types.add(q.path("content_type").asText());
                }
            });
            return types;
        }

        public String payloadOf(String title) {
            for (JsonNode q : body.path("message").path("quick_replies")) {
                if (q.path("title").asText().equals(title)) {
                    return q.path("payload").asText();
                }
            }
            return null;
        }

        public String fileName() {
            return body.path("filedata").path("file_name").asText("");
        }

        public String messagingType() {
            return body.path("messaging_type").asText("");
        }

        public String tag() {
            return body.path("tag").asText("");
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-graph");
        t.setDaemon(true);
        return t;
    });
    private final List<Call> calls = new ArrayList<>();
    private final Deque<Fault> nextFaults = new ArrayDeque<>();
    private final Map<Integer, Fault> scripted = new HashMap<>();
    private int received;
    private final Map<String, byte[]> attachments = new HashMap<>();
    private Fault failing;
    private int refused;
    private int nextMessageId = 1;

    public FakeGraphApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::serve);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    // ---- what the test drives

    /** Every send fails with {@code fault} until {@link #recover()}. */
    public synchronized void failSends(Fault fault) {
        failing = fault;
    }

    public synchronized void recover() {
        failing = null;
    }

    /** The next sends fail with these faults, one each, in order. */
    public synchronized void failNext(Fault... faults) {
        nextFaults.addAll(List.of(faults));
    }

    /** The {@code n}-th next call (1 for the very next) fails with {@code fault}; the calls before it go through. */
    public synchronized void failCall(int n, Fault fault) {
        scripted.put(received + n, fault);
    }

    /** Serves {@code content} as an attachment and returns its URL, as a webhook would carry it. */
    public synchronized URI serveAttachment(String name, byte[] content) {
        String path = "/cdn/" + attachments.size() + "/" + name;
        attachments.put(path, content);
        return url().resolve(path + "?_nc_cat=1&oh=00_test");
    }

    // ---- what the test checks

    /** Accepted calls, typing indicators included, in order. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Accepted messages (texts and files), in order. */
    public synchronized List<Call> sent() {
        return calls.stream().filter(c -> !c.typing()).toList();
    }

    public synchronized List<Call> sentTo(String psid) {
        return calls.stream().filter(c -> !c.typing() && c.psid().equals(psid)).toList();
    }

    /** Calls answered with a fault so far. */
    public synchronized int refused() {
        return refused;
    }

    /** Waits for an accepted call matching {@code test}; fails the test on timeout. */
    public synchronized Call await(Predicate<Call> test, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Call call : calls) {
                if (test.test(call)) {
                    return call;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching call within " + timeout + "; sent: "
                        + calls.stream().filter(c -> !c.typing()).map(c -> c.text().isEmpty() ? c.fileName() : c.text()).toList());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits until {@code count} calls were refused with a fault. */
    public synchronized void awaitRefused(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (refused < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("only " + refused + " sends refused, expected " + count);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    // ---- the protocol

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("GET") && path.startsWith("/cdn/")) {
                attachment(exchange, path);
            } else if (exchange.getRequestMethod().equals("POST") && path.equals("/" + VERSION + "/me/messages")) {
                messages(exchange);
            } else {
                respond(exchange, 404, "{\"error\":{\"message\":\"Unknown path components\",\"code\":2500}}");
            }
        }
    }

    private void messages(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (!PAGE_TOKEN.equals(query.get("access_token"))
                || !GraphClient.proof(PAGE_TOKEN, APP_SECRET).equals(query.get("appsecret_proof"))) {
            respond(exchange, 400, Fault.TOKEN_EXPIRED.body);
            return;
        }
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        ObjectNode body = type != null && type.startsWith("multipart/form-data")
                ? Multipart.parse(raw, type, json) : (ObjectNode) json.readTree(raw);
        Fault fault;
        String messageId;
        synchronized (this) {
            received++;
            Fault script = scripted.remove(received);
            fault = script != null ? script : nextFaults.isEmpty() ? failing : nextFaults.poll();
            if (fault != null) {
                refused++;
                notifyAll();
            } else {
                calls.add(new Call(body.path("recipient").path("id").asText(), body, Instant.now()));
                notifyAll();
            }
            messageId = "m_" + nextMessageId++;
        }
        if (fault != null) {
            respond(exchange, fault.status, fault.body);
            return;
        }
        String recipient = body.path("recipient").path("id").asText();
        respond(exchange, 200, body.has("sender_action") ? "{\"recipient_id\":\"" + recipient + "\"}"
                : "{\"recipient_id\":\"" + recipient + "\",\"message_id\":\"" + messageId + "\"}");
    }

    private void attachment(HttpExchange exchange, String path) throws IOException {
        byte[] content;
        synchronized (this) {
            content = attachments.get(path);
        }
        if (content == null) {
            respond(exchange, 404, "Not Found");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, content.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(content);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("<") ? "text/html" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
