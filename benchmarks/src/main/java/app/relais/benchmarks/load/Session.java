package app.relais.benchmarks.load;

import app.relais.benchmarks.Journeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One simulated web chat user on its own WebSocket, driven by events (no thread per user): it opens
 * a session, then walks a recorded journey step by step, pausing between steps, as a person does.
 * A step is one frame; it is over when as many bot frames as the recording has for it have
 * arrived. A bot frame that comes while no step is waiting (during a pause) is a duplicated reply,
 * as is a repeated frame id; a step still short of its frames after {@value #STEP_TIMEOUT_SECONDS}
 * s has lost replies. The last step of a journey (and a step the recording answers with no frame)
 * is followed by a {@code ping}, and its {@code pong} closes it, so that nothing can trail behind
 * unseen (the server handles a socket's frames in order). Then the user closes the socket and
 * starts over on a new session, so the number of open sessions stays constant. Real widgets ping
 * only to keep an idle socket alive; a ping per step would double the frames the server handles.
 * The socket is a {@link LeanWebSocket}: its replies arrive on the harness's one I/O thread, which
 * times them as soon as they are read; frames are sent from the timer thread that decides them.
 */
final class Session implements LeanWebSocket.Listener {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PING = "{\"type\":\"ping\"}";
    private static final long STEP_TIMEOUT_SECONDS = 30;

    private final HttpClient http;
    private final URI base;
    private final List<Journeys.Journey> journeys;
    private final byte[] screenshot;
    private final ScheduledExecutorService timer;
    private final Stats stats;
    private final long pauseMillis;
    private final BooleanSupplier measuring;
    private final BooleanSupplier running;
    private final boolean idle;
    private final Set<Session> live;
    private final Set<String> frameIds = new HashSet<>();
    private final CompletableFuture<Void> opened = new CompletableFuture<>();
    private LeanWebSocket socket;
    private Journeys.Journey journey;
    private int step;
    private String token;
    // Written by the timer thread when a step is sent, read by the socket's listener: volatile.
    private volatile long sentAt;
    private volatile boolean counted;
    private volatile int expected;
    private volatile boolean inFlight;
    private volatile boolean closedByPong;
    private volatile long sequence;
    private boolean firstBotSeen;
    private int bots;
    private volatile boolean open;
    private volatile CompletableFuture<Long> probe;
    private volatile long probeAt;
    private int journeyIndex;

    Session(HttpClient http, URI base, List<Journeys.Journey> journeys, byte[] screenshot, ScheduledExecutorService timer,
            Stats stats, long pauseMillis, BooleanSupplier measuring, BooleanSupplier running, boolean idle, int first,
            Set<Session> live) {
        this.live = live;
        this.http = http;
        this.base = base;
        this.journeys = journeys;
        this.screenshot = screenshot;
        this.timer = timer;
        this.stats = stats;
        this.pauseMillis = pauseMillis;
        this.measuring = measuring;
        this.running = running;
        this.idle = idle;
        this.journeyIndex = first;
    }

    /** Connects and says hello; completes when the greeting has arrived. */
    CompletableFuture<Void> start() {
        live.add(this);
        journey = journeys.get(journeyIndex % journeys.size());
        step = 0;
        token = null;
        frameIds.clear();
        URI ws = URI.create(base.toString().replaceFirst("^http", "ws") + "/ws/chat");
        LeanWebSocket.connect(ws, this).whenComplete((s, error) -> {
            if (error != null) {
                stats.failures.incrementAndGet();
                opened.completeExceptionally(error);
            } else {
                socket = s;
                open = true;
                Locale locale = journey.locale();
                String hello = JSON.createObjectNode().put("type", "hello").put("locale", locale.toLanguageTag()).toString();
                send(hello, journey.steps().get(0).replies());
            }
        });
        return opened;
    }

    boolean isOpen() {
        return open;
    }

    /** A ping on an idle session: completes with the round trip in nanoseconds. */
    CompletableFuture<Long> probe() {
        probeAt = System.nanoTime();
        probe = new CompletableFuture<>();
        if (!socket.sendText(PING)) {
            probe.completeExceptionally(new IllegalStateException("the socket is closed"));
        }
        return probe;
    }

    CompletableFuture<Void> close() {
        open = false;
        live.remove(this);
        if (socket == null) {
            return CompletableFuture.completedFuture(null);
        }
        return socket.close();
    }

    private void send(String frame, int expectedReplies) {
        expected = expectedReplies;
        bots = 0;
        firstBotSeen = false;
        counted = measuring.getAsBoolean();
        closedByPong = expectedReplies == 0 || step == journey.steps().size() - 1;
        sentAt = System.nanoTime();
        inFlight = true;
        boolean sent = socket.sendText(frame);
        if (sent && closedByPong) {
            sent = socket.sendText(PING);
        }
        if (!sent) {
            fail();
        }
        long mine = ++sequence;
        timer.schedule(() -> {
            if (sequence == mine && inFlight) {
                stats.timeouts.incrementAndGet();
            }
        }, STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void onText(String message) {
        try {
            frame(JSON.readTree(message));
        } catch (Exception e) {
            fail();
        }
    }

    private void frame(JsonNode frame) {
        String type = frame.path("type").asText();
        switch (type) {
            case "welcome":
                token = frame.get("session").asText();
                return;
            case "bot":
                if (!inFlight) {
                    stats.duplicatedReplies.incrementAndGet();
                    return;
                }
                bots++;
                if (!frameIds.add(frame.path("id").asText())) {
                    stats.duplicatedReplies.incrementAndGet();
                }
                if (!firstBotSeen) {
                    firstBotSeen = true;
                    if (counted && step > 0) {
                        stats.latency(journey.steps().get(step).label(step), System.nanoTime() - sentAt);
                    }
                }
                if (!closedByPong && bots == expected) {
                    inFlight = false;
                    stepDone();
                }
                return;
            case "error":
                stats.errorFrames.incrementAndGet();
                return;
            case "pong":
                if (probe != null && !inFlight) {
                    probe.complete(System.nanoTime() - probeAt);
                    return;
                }
                inFlight = false;
                stepDone();
                return;
            default:
                return;
        }
    }

    private void stepDone() {
        if (counted && step > 0) {
            stats.messages.incrementAndGet();
            stats.botFrames.addAndGet(bots);
            if (bots < expected) {
                stats.lostReplies.addAndGet(expected - bots);
            } else if (bots > expected) {
                stats.duplicatedReplies.addAndGet(bots - expected);
            }
        }
        if (step == 0) {
            stats.conversations.incrementAndGet();
            opened.complete(null);
            if (idle) {
                return;
            }
        }
        step++;
        if (step == journey.steps().size()) {
            stats.journeys.incrementAndGet();
            restart();
            return;
        }
        if (!running.getAsBoolean()) {
            return;
        }
        long pause = (long) (pauseMillis * (0.5 + ThreadLocalRandom.current().nextDouble()));
        timer.schedule(this::next, pause, TimeUnit.MILLISECONDS);
    }

    private void restart() {
        close().whenComplete((v, e) -> {
            if (running.getAsBoolean()) {
                journeyIndex += 17;
                new Session(http, base, journeys, screenshot, timer, stats, pauseMillis, measuring, running, false,
                        journeyIndex, live).startAfterPause();
            }
        });
    }

    private void startAfterPause() {
        long pause = (long) (pauseMillis * (0.5 + ThreadLocalRandom.current().nextDouble()));
        timer.schedule(this::start, pause, TimeUnit.MILLISECONDS);
    }

    private void next() {
        if (!running.getAsBoolean()) {
            return;
        }
        Journeys.Step s = journey.steps().get(step);
        ObjectNode frame = JSON.createObjectNode();
        switch (s.kind()) {
            case TEXT:
                send(frame.put("type", "text").put("text", s.value()).toString(), s.replies());
                return;
            case CHOICE:
                send(frame.put("type", "choice").put("id", s.value()).toString(), s.replies());
                return;
            case COMMAND:
                send(frame.put("type", "text").put("text", "/" + s.value()).toString(), s.replies());
                return;
            default:
                upload().whenComplete((id, error) -> {
                    if (error != null || id == null) {
                        fail();
                    } else {
                        send(JSON.createObjectNode().put("type", "attachment").put("upload", id).toString(), s.replies());
                    }
                });
        }
    }

    private CompletableFuture<String> upload() {
        String boundary = "relais-load-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"capture.png\""
                + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(screenshot);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/uploads"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Relais-Session", token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 201) {
                return null;
            }
            try {
                return JSON.readTree(response.body()).get("upload").asText();
            } catch (Exception e) {
                return null;
            }
        });
    }

    private void fail() {
        stats.failures.incrementAndGet();
        opened.completeExceptionally(new IllegalStateException("session failed"));
    }

    @Override
    public void onClose(int statusCode) {
        if (open && statusCode != LeanWebSocket.NORMAL_CLOSURE) {
            stats.failures.incrementAndGet();
        }
        open = false;
    }

    @Override
    public void onError(Throwable error) {
        if (open) {
            stats.failures.incrementAndGet();
        }
        open = false;
        opened.completeExceptionally(error);
    }
}
