package app.relais.benchmarks.load;

import app.relais.benchmarks.Journeys;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Load on the packaged application over real WebSockets, from a separate JVM on the same machine.
 * Starts {@code bot/target/app/relais.jar} (see {@link Application}), reports its start-up, then:
 * <ul>
 *   <li>{@code mode=journeys}: {@code sessions} users each walk whole catalog journeys (the ones
 *   {@code EveryProblemJourneyTest} walks, screenshot uploads included) with a random pause of
 *   0.5-1.5 × {@code pause} ms between steps, starting over on a new session after each delivered
 *   request. After {@code rampup} s plus {@code warmup} s, {@code duration} s are measured: messages/s,
 *   reply latency (a message sent to its first bot frame) p50/p95/p99, error frames, lost and
 *   duplicated replies against the recorded journey, timeouts and failures; then heap after GC.</li>
 *   <li>{@code mode=idle}: {@code sessions} WebSockets opened at {@code rate}/s, each greeted, then
 *   held open: how many stay open, a ping round trip on a sample, heap after GC per session.</li>
 *   <li>{@code mode=startup}: only the start-up line (docs/performance.md, "Start-up"), then stops.</li>
 * </ul>
 * The users' WebSockets are {@link LeanWebSocket}s (why not the JDK's client: see there); uploads
 * still go through the JDK's {@code HttpClient}.
 * Everything runs on 127.0.0.1 and stops by itself. Run from the repository root (the build packages
 * the jar first; figures in {@code benchmarks/results/load.txt}):
 * <pre>
 * mvn -q -pl benchmarks -am verify -Pbenchmarks -DskipTests -Dbench.jvm=-Xmx2g \
 *     -Dbench.main=app.relais.benchmarks.load.LoadHarness \
 *     -Djmh.args="mode=journeys sessions=1000 pause=1000 duration=60 out=benchmarks/results/load.txt"
 * </pre>
 * Arguments ({@code key=value}): mode, sessions, pause (ms), rampup (s), warmup (s), duration (s),
 * rate (idle sessions opened per second), heap (the application's -Xmx, default 2g), jar, out,
 * env (extra application environment, {@code NAME=value,NAME=value}), jvm (one extra option for the
 * application's JVM, e.g. {@code -agentpath:...} to profile it).
 */
public final class LoadHarness {

    private LoadHarness() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("mode", "journeys", "sessions", "1000",
                "pause", "1000", "rampup", "10", "warmup", "20", "duration", "60", "rate", "500", "heap", "2g",
                "jar", "bot/target/app/relais.jar"));
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Path jar = resolve(options.get("jar"));
        Report report = new Report();
        report.add("# " + Instant.now() + " LoadHarness " + String.join(" ", args));
        report.add("# machine: " + Machine.describe());
        List<String> env = options.containsKey("env") ? List.of(options.get("env").split(",")) : List.of();
        List<Journeys.Journey> journeys = options.get("mode").equals("startup") ? List.of()
                : Journeys.record(Clock.systemUTC());
        try (Application app = Application.start(jar, options.get("heap"), options.getOrDefault("jvm", ""), env)) {
            report.add(String.format("start-up: 'Started RelaisApplication in' %.2f s; spawn to readiness 200: %.2f s; "
                            + "CPU used until ready: %.2f s (load average %s)",
                    app.reportedStartSeconds(), app.readySeconds(), app.readyCpuSeconds(), Machine.loadAverage()));
            String mode = options.get("mode");
            if (mode.equals("idle")) {
                idle(app, journeys, options, app.heapAfterGc(), report);
            } else if (mode.equals("journeys")) {
                journeys(app, journeys, options, app.heapAfterGc(), report);
            }
            report.add("# load average after: " + Machine.loadAverage());
        }
        if (options.containsKey("out")) {
            Path out = resolve(options.get("out"));
            Files.write(out, report.lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Files.writeString(out, "\n", StandardOpenOption.APPEND);
        }
    }

    private static void journeys(Application app, List<Journeys.Journey> journeys, Map<String, String> options,
                                 long baseline, Report report) throws Exception {
        int sessions = Integer.parseInt(options.get("sessions"));
        long pause = Long.parseLong(options.get("pause"));
        long rampup = Long.parseLong(options.get("rampup")) * 1000;
        long warmup = Long.parseLong(options.get("warmup")) * 1000;
        long duration = Long.parseLong(options.get("duration")) * 1000;
        Stats stats = new Stats();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, LoadHarness::daemon);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2, LoadHarness::daemon)).build();
        Set<Session> live = ConcurrentHashMap.newKeySet();
        long t0 = System.currentTimeMillis();
        long measureFrom = t0 + rampup + warmup;
        long measureTo = measureFrom + duration;
        Window window = new Window(measureFrom, measureTo);
        for (int i = 0; i < sessions; i++) {
            Session session = new Session(http, app.base(), journeys, Journeys.screenshot(), timer, stats, pause,
                    window::measuring, window::running, false, i, live);
            timer.schedule(session::start, rampup * i / sessions, TimeUnit.MILLISECONDS);
        }
        report.add("# load average at start: " + Machine.loadAverage());
        Thread.sleep(Math.max(0, measureTo - System.currentTimeMillis()));
        report.add("# load average at the end of the measured window: " + Machine.loadAverage());
        long databaseBytes = app.databaseBytes();
        int openAtEnd = live.size();
        // Let the last exchanges finish, then measure the heap with every session still open.
        Thread.sleep(Math.min(30_000, pause * 2 + 5_000));
        long heap = app.heapAfterGc();
        double seconds = duration / 1000.0;
        report.add(String.format("journeys: sessions=%d open-at-end=%d pause=%d ms (0.5-1.5x) window=%.0f s",
                sessions, openAtEnd, pause, seconds));
        report.add(String.format("messages=%d (%.0f msg/s) bot-frames=%d (%.0f/s) journeys-completed=%d conversations=%d",
                stats.messages.get(), stats.messages.get() / seconds, stats.botFrames.get(),
                stats.botFrames.get() / seconds, stats.journeys.get(), stats.conversations.get()));
        report.add(String.format("reply latency (message -> first bot frame): p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms",
                stats.percentileMillis(50), stats.percentileMillis(95), stats.percentileMillis(99), stats.maxMillis()));
        report.add("reply latency by kind of step:");
        stats.latencyBySteps().forEach(report::add);
        report.add(String.format("errors: error-frames=%d lost-replies=%d duplicated-replies=%d timeouts=%d failures=%d",
                stats.errorFrames.get(), stats.lostReplies.get(), stats.duplicatedReplies.get(),
                stats.timeouts.get(), stats.failures.get()));
        report.add(String.format("heap after GC: baseline=%.1f MiB with-load=%.1f MiB; per open session %.1f KiB; "
                        + "per conversation created %.2f KiB (%d conversations)",
                baseline / 1048576.0, heap / 1048576.0, (heap - baseline) / 1024.0 / Math.max(1, openAtEnd),
                (heap - baseline) / 1024.0 / Math.max(1, stats.conversations.get()), stats.conversations.get()));
        report.add(String.format("database file at the end of the window: %.0f MiB after %.0f s of load",
                databaseBytes / 1048576.0, (measureTo - t0) / 1000.0));
        CompletableFuture.allOf(live.stream().map(Session::close).toArray(CompletableFuture[]::new))
                .orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
        timer.shutdownNow();
    }

    private static void idle(Application app, List<Journeys.Journey> journeys, Map<String, String> options,
                             long baseline, Report report) throws Exception {
        int sessions = Integer.parseInt(options.get("sessions"));
        int rate = Integer.parseInt(options.get("rate"));
        Stats stats = new Stats();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, LoadHarness::daemon);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(2, LoadHarness::daemon)).build();
        Set<Session> live = ConcurrentHashMap.newKeySet();
        List<Session> all = new ArrayList<>();
        List<CompletableFuture<Void>> greeted = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < sessions; i++) {
            Session session = new Session(http, app.base(), journeys, Journeys.screenshot(), timer, stats, 0,
                    () -> false, () -> true, true, i, live);
            all.add(session);
            long due = started + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            greeted.add(session.start());
        }
        CompletableFuture.allOf(greeted.toArray(CompletableFuture[]::new)).orTimeout(120, TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
        double openSeconds = (System.nanoTime() - started) / 1e9;
        long ok = greeted.stream().filter(f -> f.isDone() && !f.isCompletedExceptionally()).count();
        report.add("# load average with the sessions open: " + Machine.loadAverage());
        Thread.sleep(5_000);
        Stats probes = new Stats();
        List<Session> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += Math.max(1, all.size() / 200)) {
            sample.add(all.get(i));
        }
        for (Session s : sample) {
            if (s.isOpen()) {
                try {
                    probes.latency(s.probe().get(10, TimeUnit.SECONDS));
                } catch (Exception e) {
                    probes.failures.incrementAndGet();
                }
            }
        }
        long stillOpen = all.stream().filter(Session::isOpen).count();
        long heap = app.heapAfterGc();
        report.add(String.format("idle: sessions=%d greeted=%d in %.1f s, still open after 5 s=%d, failures=%d error-frames=%d",
                sessions, ok, openSeconds, stillOpen, stats.failures.get(), stats.errorFrames.get()));
        report.add(String.format("ping on %d idle sessions: p50=%.2f ms p99=%.2f ms, failed=%d",
                sample.size(), probes.percentileMillis(50), probes.percentileMillis(99), probes.failures.get()));
        report.add(String.format("heap after GC: baseline=%.1f MiB with-sessions=%.1f MiB; per idle session %.1f KiB "
                        + "(socket, session and its greeted conversation)",
                baseline / 1048576.0, heap / 1048576.0, (heap - baseline) / 1024.0 / Math.max(1, stillOpen)));
        CompletableFuture.allOf(all.stream().map(Session::close).toArray(CompletableFuture[]::new))
                .orTimeout(60, TimeUnit.SECONDS).exceptionally(e -> null).join();
        timer.shutdownNow();
    }

    /** Daemon threads: the harness ends when its report is written, whatever sockets are still closing. */
    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "load");
        thread.setDaemon(true);
        return thread;
    }

    /** Paths are given from the repository root; Maven runs this main from the benchmarks module. */
    private static Path resolve(String path) {
        Path p = Path.of(path);
        boolean inModule = Path.of("").toAbsolutePath().endsWith("benchmarks");
        return p.isAbsolute() || !inModule ? p : Path.of("..").resolve(p);
    }

    /** Lines printed as they come and kept for the results file. */
    private static final class Report {
        private final List<String> lines = new ArrayList<>();

        void add(String line) {
            System.out.println(line);
            lines.add(line);
        }
    }

    /** When the harness measures, and when users keep going. */
    private record Window(long from, long to) {
        boolean measuring() {
            long now = System.currentTimeMillis();
            return now >= from && now < to;
        }

        boolean running() {
            return System.currentTimeMillis() < to;
        }
    }

    /** The machine, as docs/performance.md reports it. */
    static final class Machine {
        private Machine() {
        }

        static String describe() {
            Runtime rt = Runtime.getRuntime();
            return "cores=" + rt.availableProcessors() + " memory=" + memory() + " jdk=" + System.getProperty("java.vm.version")
                    + " os=" + System.getProperty("os.name") + " " + System.getProperty("os.version")
                    + " load-average=" + loadAverage();
        }

        static String loadAverage() {
            try {
                return Files.readString(Path.of("/proc/loadavg")).trim();
            } catch (IOException e) {
                return "unknown";
            }
        }

        private static String memory() {
            try {
                return Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}
