package app.relais.benchmarks.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application ({@code bot/target/app/relais.jar} with its {@code jvm.options}, as the
 * README starts it) in its own process, on 127.0.0.1 and a
 * free port, with its embedded H2 database in a fresh data directory and the per-IP session limit
 * off (every simulated user comes from 127.0.0.1). The child's open-file limit is raised to the
 * hard limit through {@code ulimit -n} in the shell that starts it: each WebSocket is a descriptor.
 */
final class Application implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Started RelaisApplication in ([0-9.]+) seconds");
    private static final Pattern COLLECTOR = Pattern.compile("-XX:\\+Use(Serial|Parallel|G1|Z|Shenandoah|Epsilon)GC\\b");
    /** USER_HZ: 100 on Linux for every architecture that matters here. */
    private static final int CLOCK_TICKS = 100;

    private final Process process;
    private final Path dataDir;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final CompletableFuture<Double> started = new CompletableFuture<>();
    private final long spawnedAt;
    private long readyAt;
    private double readyCpuSeconds = Double.NaN;

    private Application(Path jar, String heap, String jvmOptions, List<String> extraEnv) throws IOException {
        this.port = freePort();
        this.dataDir = Files.createTempDirectory("relais-load");
        String command = "ulimit -n $(ulimit -Hn) && exec java -Xms" + heap + " -Xmx" + heap
                + launchOptions(jar, jvmOptions + " " + String.join(" ", extraEnv), dataDir) + " " + jvmOptions
                + " -jar '" + jar.toAbsolutePath() + "'";
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
        builder.environment().put("RELAIS_DATA_DIR", dataDir.toString());
        builder.environment().put("RELAIS_LIMITS_SESSIONS_PER_IP_PER_MINUTE", "0");
        for (String assignment : extraEnv) {
            int eq = assignment.indexOf('=');
            builder.environment().put(assignment.substring(0, eq), assignment.substring(eq + 1));
        }
        this.spawnedAt = System.nanoTime();
        this.process = builder.start();
        Path log = dataDir.resolve("application.log");
        Thread reader = new Thread(() -> copyLog(log), "app-log");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The JVM options file the build writes beside the extracted jar ({@code bot/target/app/jvm.options},
     * docs/performance.md "Start-up"), as the README starts the application; none beside another jar.
     * It chooses the collector (Shenandoah); when the extra options or environment choose another
     * one ({@code jvm=-XX:+UseZGC}, {@code env=JDK_JAVA_OPTIONS=-XX:+UseG1GC}), a copy without that
     * line is used, since the JVM refuses two.
     */
    static String launchOptions(Path jar, String extraOptions, Path dataDir) throws IOException {
        Path options = jar.toAbsolutePath().resolveSibling("jvm.options");
        if (!Files.isRegularFile(options)) {
            return "";
        }
        if (selectsCollector(extraOptions)) {
            Path copy = dataDir.resolve("jvm.options");
            Files.write(copy, Files.readAllLines(options).stream().filter(line -> !selectsCollector(line)).toList());
            options = copy;
        }
        return " '@" + options + "'";
    }

    private static boolean selectsCollector(String options) {
        return COLLECTOR.matcher(options).find();
    }

    /** @param jvmOptions added to the application's command line as they are (e.g. a profiler agent) */
    static Application start(Path jar, String heap, String jvmOptions, List<String> extraEnv)
            throws IOException, InterruptedException {
        Application app = new Application(jar, heap, jvmOptions, extraEnv);
        app.awaitReady(Duration.ofSeconds(120));
        return app;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    long pid() {
        return process.toHandle().descendants().findFirst().map(ProcessHandle::pid).orElse(process.pid());
    }

    /** What Spring Boot reported ("Started RelaisApplication in X seconds"), in seconds. */
    double reportedStartSeconds() {
        return started.getNow(Double.NaN);
    }

    /** From the process spawn to the first 200 of /actuator/health/readiness, in seconds. */
    double readySeconds() {
        return (readyAt - spawnedAt) / 1e9;
    }

    /**
     * CPU time the application had used when it became ready (user + system, all threads), from
     * /proc: on a machine shared with other work, this is what start-up costs whatever the wall time.
     */
    double readyCpuSeconds() {
        return readyCpuSeconds;
    }

    private double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat(5) (utime, stime), counted here from field 3 on
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    Path dataDir() {
        return dataDir;
    }

    /**
     * Used heap after a full GC ({@code jcmd GC.run}), read from the Prometheus endpoint the
     * application always exposes (the ahead-of-time processed context fixes which endpoints exist at
     * build time, so exposing {@code metrics} at run time would not add it).
     */
    long heapAfterGc() throws IOException, InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            Process gc = new ProcessBuilder("jcmd", String.valueOf(pid()), "GC.run").redirectErrorStream(true).start();
            gc.getInputStream().readAllBytes();
            gc.waitFor(60, TimeUnit.SECONDS);
            Thread.sleep(500);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base().resolve("/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString());
            used = Math.min(used, heapUsed(response.body()));
        }
        return used;
    }

    /** The sum of {@code jvm_memory_used_bytes{area="heap",...}} over the heap's pools. */
    static long heapUsed(String prometheus) {
        return (long) prometheus.lines()
                .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest readiness = HttpRequest.newBuilder(base().resolve("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue()
                        + "; see " + dataDir.resolve("application.log"));
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    readyAt = System.nanoTime();
                    readyCpuSeconds = cpuSeconds();
                    started.orTimeout(5, TimeUnit.SECONDS);
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens late in the start-up
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the application was not ready within " + timeout);
    }

    private void copyLog(Path log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log), true)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.println(line);
                Matcher m = STARTED.matcher(line);
                if (m.find()) {
                    started.complete(Double.parseDouble(m.group(1)));
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        deleteDatabase();
    }

    /** The size of the embedded database's files now (how much the H2 file grew under load). */
    long databaseBytes() {
        long[] bytes = {0};
        forEachDatabaseFile("measure", file -> bytes[0] += Files.size(file));
        return bytes[0];
    }

    /**
     * The H2 file grows by a few GiB in a run at full load (freed chunks are kept for H2's retention
     * time); left in the temporary directory, a few runs fill the disk. The application's log stays.
     */
    private void deleteDatabase() {
        forEachDatabaseFile("delete", Files::deleteIfExists);
    }

    private interface FileAction {
        void on(Path file) throws IOException;
    }

    /** The H2 files in the data directory (the database and its lock or temporary files). */
    private void forEachDatabaseFile(String what, FileAction action) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir, "relais.*.db")) {
            for (Path file : files) {
                action.on(file);
            }
        } catch (IOException e) {
            System.err.println("could not " + what + " the database in " + dataDir + ": " + e.getMessage());
        }
    }
}
