package app.relais.bot.telegram;

import app.relais.bot.channel.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A Telegram Bot API server of our own on 127.0.0.1: {@code POST /bot{token}/{method}} with JSON
 * or multipart bodies (method names matched case-insensitively, as the client mixes
 * {@code deleteWebhook} and {@code getupdates}), {@code getUpdates} served from a queue with
 * long-poll semantics honouring {@code offset}, every other call recorded, and file downloads at
 * {@code /file/bot{token}/{path}}. Faults (a 429...) can be queued per method.
 */
final class FakeTelegramApi implements AutoCloseable {

    static final String TOKEN = "123456:TEST-relais_token";
    /** A fault that drops the connection instead of answering. */
    static final int DROP_CONNECTION = -1;

    /** One recorded call: the method (lower case), its parameters as JSON, when it arrived. */
    record Call(String method, ObjectNode body, Instant at) {
        String text() {
            return body.path("text").asText(body.path("caption").asText(""));
        }

        String chatId() {
            return body.path("chat_id").asText();
        }

        List<JsonNode> buttons() {
            List<JsonNode> out = new ArrayList<>();
            body.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(out::add));
            return out;
        }
    }

    private record FileEntry(String path, byte[] content, Long reportedSize) {
    }

    private record Fault(int status, String body) {
    }

    /**
     * A call held open without an answer until {@link #release}, then dropped: its client waits as on
     * a network that hangs and never learns whether it went through. It is not recorded as sent.
     */
    static final class Hold {
        private final java.util.concurrent.CountDownLatch arrived = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

        /** Waits until the held call arrived; fails the test on timeout. */
        void awaitArrival(Duration timeout) throws InterruptedException {
            if (!arrived.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the held call did not arrive within " + timeout);
            }
        }

        /** Drops the held call's connection. */
        void release() {
            released.countDown();
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-telegram");
        t.setDaemon(true);
        return t;
    });
    private final List<ObjectNode> queue = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<String> downloads = new ArrayList<>();
    private final Map<String, FileEntry> files = new HashMap<>();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final Map<String, Deque<Hold>> holds = new HashMap<>();
    private final List<Hold> allHolds = new ArrayList<>();
    private int nextUpdateId = 900_000;
    private int nextMessageId = 1;
    private long pushed;
    private int polling;
    private volatile Clock clock = Clock.systemUTC();

    FakeTelegramApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::serve);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    // ---- what the test drives

    /** The clock arrival times are read from (a test's virtual time). */
    void useClock(Clock value) {
        clock = value;
    }

    /** Queues one update with the next update_id; returns that id. */
    synchronized int push(ObjectNode update) {
        int id = nextUpdateId++;
        update.put("update_id", id);
        queue.add(update);
        pushed++;
        notifyAll();
        return id;
    }

    /** Queues updates as they are (ids untouched), all visible to the same getUpdates. */
    synchronized void pushAsIs(List<ObjectNode> updates) {
        queue.addAll(updates);
        pushed += updates.size();
        notifyAll();
    }

    /**
     * Waits until no getUpdates is held open: a client that went away leaves its long poll behind,
     * and that poll's offset would confirm updates queued now, as Telegram's would.
     */
    synchronized void awaitNoPoll(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (polling > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("a getUpdates is still held open");
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    synchronized long pushedCount() {
        return pushed;
    }

    synchronized void serveFile(String fileId, String path, byte[] content, Long reportedSize) {
        files.put(fileId, new FileEntry(path, content, reportedSize));
    }

    /** Holds the next call of {@code method} open, unanswered and unrecorded, until released. */
    synchronized Hold holdNext(String method) {
        Hold hold = new Hold();
        holds.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>()).add(hold);
        allHolds.add(hold);
        return hold;
    }

    synchronized void failNext(String method, int status, String body) {
        faults.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>()).add(new Fault(status, body));
    }

    // ---- what the test checks

    synchronized List<Call> calls(String method) {
        String wanted = method.toLowerCase(Locale.ROOT);
        return calls.stream().filter(c -> c.method().equals(wanted)).toList();
    }

    /** sendMessage and sendDocument calls, in order. */
    synchronized List<Call> sent() {
        return calls.stream().filter(c -> c.method().equals("sendmessage") || c.method().equals("senddocument")).toList();
    }

    synchronized List<String> downloads() {
        return List.copyOf(downloads);
    }

    /** Waits for a recorded call matching {@code test}; fails the test on timeout. */
    synchronized Call await(Predicate<Call> test, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Call call : calls) {
                if (test.test(call)) {
                    return call;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching call within " + timeout + "; calls: " + calls);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    // ---- the protocol

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String filePrefix = "/file/bot" + TOKEN + "/";
            String botPrefix = "/bot" + TOKEN + "/";
            if (path.startsWith(filePrefix)) {
                download(exchange, path.substring(filePrefix.length()));
            } else if (path.startsWith(botPrefix) && exchange.getRequestMethod().equals("POST")) {
                method(exchange, path.substring(botPrefix.length()).toLowerCase(Locale.ROOT));
            } else {
                respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void method(HttpExchange exchange, String method) throws IOException, InterruptedException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        ObjectNode body = type != null && type.startsWith("multipart/form-data")
                ? Multipart.parse(raw, type, json)
                : raw.length == 0 ? json.createObjectNode() : (ObjectNode) json.readTree(raw);
        if (method.equals("getupdates")) {
            ArrayNode result;
            synchronized (this) {
                polling++;
            }
            try {
                result = updates(body);
            } finally {
                synchronized (this) {
                    polling--;
                    notifyAll();
                }
            }
            respond(exchange, 200, ok(result));
            return;
        }
        Hold hold;
        synchronized (this) {
            Deque<Hold> held = holds.get(method);
            hold = held == null ? null : held.poll();
        }
        if (hold != null) {
            hold.arrived.countDown();
            hold.released.await();
            exchange.getResponseBody().close();
            return;
        }
        Fault fault;
        synchronized (this) {
            Deque<Fault> queued = faults.get(method);
            fault = queued == null ? null : queued.poll();
            if (fault == null) {
                calls.add(new Call(method, body, clock.instant()));
                notifyAll();
            }
        }
        if (fault != null) {
            if (fault.status() == DROP_CONNECTION) {
                // Closing without an answer: the client sees the connection end, as on a network failure.
                exchange.getResponseBody().close();
                return;
            }
            respond(exchange, fault.status(), fault.body());
            return;
        }
        switch (method) {
            case "sendmessage", "senddocument" -> respond(exchange, 200, ok(message(body)));
            case "getfile" -> getFile(exchange, body.path("file_id").asText());
            case "deletewebhook", "setwebhook", "answercallbackquery", "deletemessage" ->
                    respond(exchange, 200, ok(json.getNodeFactory().booleanNode(true)));
            default -> respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method\"}");
        }
    }

    /** Long poll: drops what {@code offset} confirms, answers at once when something waits, else waits up to {@code timeout}. */
    private synchronized ArrayNode updates(ObjectNode request) throws InterruptedException {
        long offset = request.path("offset").asLong(0);
        int limit = request.path("limit").asInt(100);
        long deadline = System.nanoTime() + Duration.ofSeconds(request.path("timeout").asLong(0)).toNanos();
        while (true) {
            queue.removeIf(u -> u.path("update_id").asLong() < offset);
            if (!queue.isEmpty()) {
                ArrayNode result = json.createArrayNode();
                Iterator<ObjectNode> it = queue.iterator();
                while (it.hasNext() && result.size() < limit) {
                    result.add(it.next());
                }
                return result;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return json.createArrayNode();
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private synchronized ObjectNode message(ObjectNode body) {
        ObjectNode message = json.createObjectNode();
        message.put("message_id", nextMessageId++);
        message.put("date", 1_795_291_200);
        ObjectNode chat = message.putObject("chat");
        chat.put("id", body.path("chat_id").asLong());
        chat.put("type", "private");
        if (body.has("text")) {
            message.put("text", body.path("text").asText());
        }
        return message;
    }

    private void getFile(HttpExchange exchange, String fileId) throws IOException {
        FileEntry entry;
        synchronized (this) {
            entry = files.get(fileId);
        }
        if (entry == null) {
            respond(exchange, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: invalid file_id\"}");
            return;
        }
        ObjectNode file = json.createObjectNode();
        file.put("file_id", fileId);
        file.put("file_unique_id", "u-" + fileId);
        file.put("file_size", entry.reportedSize() != null ? entry.reportedSize() : entry.content().length);
        file.put("file_path", entry.path());
        respond(exchange, 200, ok(file));
    }

    private void download(HttpExchange exchange, String path) throws IOException {
        FileEntry found = null;
        synchronized (this) {
            downloads.add(path);
            for (FileEntry entry : files.values()) {
                if (entry.path().equals(path)) {
                    found = entry;
                }
            }
        }
        if (found == null) {
            respond(exchange, 404, "Not Found");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, found.content().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(found.content());
        }
    }

    private String ok(JsonNode result) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("ok", true);
        envelope.set("result", result);
        return envelope.toString();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            allHolds.forEach(Hold::release);
            notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
