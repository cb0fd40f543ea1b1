package app.relais.webchat.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A web chat user on a real WebSocket ({@code java.net.http}), read like a transcript:
 * {@code chat.hello().say("mon compte a été piraté").expect("piraté").tap("Oui, c’est ça")}.
 * Each step sends one frame then a {@code ping}, and waits for the {@code pong}: the server
 * handles a socket's frames in order, so everything the step caused has arrived by then (no sleep).
 */
public final class ChatClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String CLOSED = "_closed";

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final List<JsonNode> transcript = new ArrayList<>();
    private final WebSocket socket;
    private List<JsonNode> last = List.of();
    private List<JsonNode> lastWithBots = List.of();
    private String token;
    private String locale = "fr-FR";
    private String zone;
    private Integer closeCode;

    private ChatClient(URI base, Map<String, String> headers) {
        this.base = base;
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(WAIT);
        headers.forEach(builder::header);
        URI ws = URI.create(base.toString().replaceFirst("^http", "ws") + "/ws/chat");
        this.socket = builder.buildAsync(ws, new Listener()).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Connects to the app at {@code base} (e.g. {@code http://127.0.0.1:8080}). */
    public static ChatClient connect(URI base) {
        return new ChatClient(base, Map.of());
    }

    public static ChatClient connect(URI base, Map<String, String> headers) {
        return new ChatClient(base, headers);
    }

    public ChatClient locale(String tag) {
        this.locale = tag;
        return this;
    }

    /** The IANA time zone the page says it is in ({@code hello.zone}). */
    public ChatClient zone(String id) {
        this.zone = id;
        return this;
    }

    /** Opens a new session (or resumes {@code session} when not null). */
    public ChatClient hello(String session) {
        return hello(session, null);
    }

    /**
     * Resumes {@code session} saying that the last message shown was {@code lastSeen} (the widget
     * does so from what it kept): the server sends again what came after it.
     */
    public ChatClient hello(String session, String lastSeen) {
        ObjectNode hello = JSON.createObjectNode().put("type", "hello").put("locale", locale);
        if (zone != null) {
            hello.put("zone", zone);
        }
        if (session != null) {
            hello.put("session", session);
        }
        if (lastSeen != null) {
            hello.put("last", lastSeen);
        }
        exchange(hello.toString());
        return this;
    }

    public ChatClient hello() {
        return hello(null);
    }

    /** Opens a new session from a {@code /continue} link's token, as the widget does on {@code ?continue=}. */
    public ChatClient helloContinuing(String continuation) {
        exchange(JSON.createObjectNode().put("type", "hello").put("locale", locale).put("continue", continuation).toString());
        last.stream().filter(f -> type(f).equals("welcome")).findFirst()
                .ifPresent(w -> token = w.get("session").asText());
        return this;
    }

    public ChatClient say(String text) {
        return exchange(JSON.createObjectNode().put("type", "text").put("text", text).toString());
    }

    /** Says {@code text} with the client's own message id, as the widget does. */
    public ChatClient say(String text, String messageId) {
        return exchange(JSON.createObjectNode().put("type", "text").put("text", text).put("id", messageId).toString());
    }

    /** Taps the button labelled {@code label} among the latest bot frames (error frames in between do not hide them). */
    public ChatClient tap(String label) {
        return exchange(JSON.createObjectNode().put("type", "choice").put("id", choiceId(label)).toString());
    }

    private String choiceId(String label) {
        return lastWithBots.stream().filter(f -> type(f).equals("bot"))
                .flatMap(f -> stream(f.get("choices")))
                .filter(c -> c.get("label").asText().equals(label))
                .map(c -> c.get("id").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("no button \"" + label + "\" in:\n" + lastText()));
    }

    /** Uploads through {@code POST /api/uploads} and, when accepted, sends the attachment frame. */
    public ChatClient attach(String name, byte[] content) {
        HttpResponse<String> response = upload(name, content, token);
        if (response.statusCode() != 201) {
            throw new AssertionError("upload refused: " + response.statusCode() + " " + response.body());
        }
        String upload = read(response.body()).get("upload").asText();
        return exchange(JSON.createObjectNode().put("type", "attachment").put("upload", upload).toString());
    }

    /** Collects what the server pushed on its own (agent answers, banners) since the last step. */
    public ChatClient flush() {
        return collect("{\"type\":\"ping\"}");
    }

    /** Sends a frame exactly as given (malformed ones included) and collects what it caused. */
    public ChatClient exchange(String rawFrame) {
        socket.sendText(rawFrame, true).join();
        return collect("{\"type\":\"ping\"}");
    }

    private ChatClient collect(String ping) {
        try {
            socket.sendText(ping, true).join();
        } catch (java.util.concurrent.CompletionException closed) {
            // The server closed the socket right after the last frame (a client cut off with 1008):
            // there will be no pong, only the frames sent before the close, then the close itself.
        }
        List<JsonNode> got = new ArrayList<>();
        while (true) {
            JsonNode frame = next();
            if (type(frame).equals("pong")) {
                break;
            }
            if (type(frame).equals(CLOSED)) {
                got.add(frame);
                break;
            }
            got.add(frame);
        }
        last = List.copyOf(got);
        // A welcome may come at any time (after /forget the server opens a new session): keep the latest token.
        got.stream().filter(f -> type(f).equals("welcome")).reduce((a, b) -> b)
                .ifPresent(w -> token = w.get("session").asText());
        if (got.stream().anyMatch(f -> type(f).equals("bot"))) {
            lastWithBots = last;
        }
        transcript.addAll(got);
        return this;
    }

    public ChatClient expect(String containing) {
        if (bots().noneMatch(f -> f.get("text").asText().contains(containing))) {
            throw new AssertionError("expected a bot message containing \"" + containing + "\" but got:\n" + lastText());
        }
        return this;
    }

    public ChatClient expectError(String code) {
        if (last.stream().noneMatch(f -> type(f).equals("error") && f.get("code").asText().equals(code))) {
            throw new AssertionError("expected an error " + code + " but got:\n" + lastText());
        }
        return this;
    }

    public HttpResponse<String> upload(String name, byte[] content, String session) {
        String boundary = "relais-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/uploads"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (session != null) {
            request.header("X-Relais-Session", session);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> download(String relativeUrl) {
        return send(HttpRequest.newBuilder(base.resolve(relativeUrl)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Waits for the server to close the socket and returns the close code. */
    public int awaitClose() {
        while (closeCode == null) {
            next();
        }
        return closeCode;
    }

    public String token() {
        return token;
    }

    /** The id of the latest bot or agent message received on this socket, or null. */
    public String lastMessageId() {
        String id = null;
        for (JsonNode frame : transcript) {
            if ((type(frame).equals("bot") || type(frame).equals("agent")) && frame.hasNonNull("id")) {
                id = frame.get("id").asText();
            }
        }
        return id;
    }

    /**
     * Sends a frame and drops the socket at once, without reading what it caused: a phone that
     * lost its network right after a tap.
     */
    public void sendAndDrop(String rawFrame) {
        socket.sendText(rawFrame, true).join();
        socket.abort();
    }

    /** Taps {@code label} among the latest bot frames and drops the socket at once ({@link #sendAndDrop}). */
    public void tapAndDrop(String label) {
        sendAndDrop(JSON.createObjectNode().put("type", "choice").put("id", choiceId(label)).toString());
    }

    public List<JsonNode> last() {
        return last;
    }

    /** The frames of the last step of {@code type}, in order. */
    public List<JsonNode> last(String type) {
        return last.stream().filter(f -> type(f).equals(type)).toList();
    }

    public List<JsonNode> lastBots() {
        return bots().toList();
    }

    public List<JsonNode> transcript() {
        return List.copyOf(transcript);
    }

    public boolean isOpen() {
        return !socket.isOutputClosed() && closeCode == null;
    }

    public String lastText() {
        return last.stream().map(JsonNode::toString).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null).join();
        }
        socket.abort();
    }

    public static String type(JsonNode frame) {
        return frame.path("type").asText();
    }

    private java.util.stream.Stream<JsonNode> bots() {
        return last.stream().filter(f -> type(f).equals("bot"));
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null) {
            array.forEach(items::add);
        }
        return items.stream();
    }

    private JsonNode next() {
        try {
            JsonNode frame = inbox.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (frame == null) {
                throw new AssertionError("no frame from the server within " + WAIT);
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean lastPart) {
            partial.append(data);
            if (lastPart) {
                inbox.add(read(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode = statusCode;
            inbox.add(JSON.createObjectNode().put("type", CLOSED).put("code", statusCode));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode = closeCode == null ? -1 : closeCode;
            inbox.add(JSON.createObjectNode().put("type", CLOSED).put("code", -1));
        }
    }
}
