package app.relais.bot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * The workload of the build's class-data sharing training run ({@code -Drelais.cds-training=true},
 * bot/pom.xml and the Dockerfile). Once the application is ready, it talks to itself the way the
 * first visitors will: the readiness probe, the page and the widget, a web chat session that says
 * hello and describes a problem, the metrics scrape; then it stops, and the JVM writes every class
 * loaded so far to the archive. A start then maps these classes too instead of loading them while
 * it answers its first requests (docs/performance.md, "Start-up"). A step that fails fails the
 * build: the packaged application could not serve a visitor.
 */
final class ClassDataTraining implements ApplicationListener<ApplicationReadyEvent> {

    static final String SWITCH = "relais.cds-training";
    private static final Logger log = LoggerFactory.getLogger(ClassDataTraining.class);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    static boolean requested() {
        return Boolean.getBoolean(SWITCH);
    }

    /** On a thread of its own: the readiness state changes only after this event's listeners return. */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        new Thread(() -> train(event), "cds-training").start();
    }

    private static void train(ApplicationReadyEvent event) {
        int status = 0;
        try {
            int port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
            visit(URI.create("http://127.0.0.1:" + port));
            log.info("class-data sharing training: every step answered");
        } catch (Exception e) {
            log.error("class-data sharing training failed", e);
            status = 1;
        }
        System.exit(Math.max(status, SpringApplication.exit(event.getApplicationContext())));
    }

    private static void visit(URI base) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
        awaitReadiness(http, base.resolve("/actuator/health/readiness"));
        for (String path : new String[] {"/", "/widget.js"}) {
            get(http, base.resolve(path));
        }
        chat(http, URI.create(base.toString().replaceFirst("^http", "ws") + "/ws/chat"));
        get(http, base.resolve("/actuator/prometheus"));
    }

    private static void awaitReadiness(HttpClient http, URI readiness) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        HttpRequest request = HttpRequest.newBuilder(readiness).timeout(PATIENCE).build();
        while (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not ready within " + PATIENCE);
            }
            Thread.sleep(20);
        }
    }

    private static void get(HttpClient http, URI uri) throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri.getPath() + " answered " + response.statusCode());
        }
    }

    private static void chat(HttpClient http, URI uri) throws Exception {
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket socket = http.newWebSocketBuilder().connectTimeout(PATIENCE)
                .buildAsync(uri, new Collector(frames)).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        socket.sendText("{\"type\":\"hello\",\"locale\":\"fr-FR\"}", true).join();
        await(frames, "\"bot\"");
        socket.sendText("{\"type\":\"text\",\"text\":\"Mon compte Facebook a été piraté, je ne peux plus me connecter\"}", true)
                .join();
        await(frames, "\"bot\"");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
    }

    private static void await(BlockingQueue<String> frames, String type) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String frame;
        do {
            frame = frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (frame == null) {
                throw new IllegalStateException("no " + type + " frame from the web chat");
            }
            if (frame.contains("\"type\":\"error\"")) {
                throw new IllegalStateException("the web chat answered " + frame);
            }
        } while (!frame.contains("\"type\":" + type));
        frames.clear();
    }

    /** Whole text frames, as they come. */
    private static final class Collector implements WebSocket.Listener {
        private final BlockingQueue<String> frames;
        private final StringBuilder partial = new StringBuilder();

        Collector(BlockingQueue<String> frames) {
            this.frames = frames;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }
}
