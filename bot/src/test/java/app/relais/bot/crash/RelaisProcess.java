package app.relais.bot.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged application ({@code target/app/relais.jar}, extracted by the build, with its class-data
 * sharing archive) as a separate operating-system process, as it runs in production: started with environment variables, killed with SIGKILL when a test
 * wants a crash.
 */
public final class RelaisProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Map<String, String> environment;
    private final Path log;
    private final int port;
    private Process process;

    public RelaisProcess(Path dataDir, Map<String, String> extraEnvironment) {
        this.port = freePort();
        this.log = dataDir.resolve("relais-" + port + ".log");
        this.environment = new HashMap<>(extraEnvironment);
        environment.put("RELAIS_DATA_DIR", dataDir.toString());
        environment.put("SERVER_PORT", String.valueOf(port));
        environment.putIfAbsent("RELAIS_SESSION_SECRET", "crash-test-secret-crash-test-secret-0123");
    }

    /** The extracted application, as the README starts it; its class-data sharing archive is beside it. */
    static Path jar() {
        Path jar = Path.of("target", "app", "relais.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("target/app/relais.jar is missing: run `mvn verify` (package extracts it)");
        }
        return jar;
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public RelaisProcess start() {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m",
                "@" + jar().resolveSibling("jvm.options"), "-jar", jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
        return this;
    }

    /** SIGKILL: no shutdown hook, no graceful close, exactly what a crash does. */
    public void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Relais exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(base().resolve("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Relais was not ready within " + START_TIMEOUT + ":\n" + log());
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
