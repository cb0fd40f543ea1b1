package app.relais.benchmarks;

import app.relais.conversation.Replies;
import app.relais.core.RelaisCore;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine alone ({@link RelaisCore} with its in-memory stores, as tests build it): events per
 * second while users walk every catalog journey (see {@link Journeys}), one event per operation.
 * Target: at least 20,000 events/s on 2 cores ({@code -t 2}).
 *
 * <p>Run from the repository root (figures in {@code benchmarks/results/engine.txt}):
 * <pre>
 * mvn -q -pl benchmarks -am verify -Pbenchmarks -DskipTests -Djmh.args="EngineBenchmark -t 1 -rf text -rff results/engine-t1.jmh.txt"
 * mvn -q -pl benchmarks -am verify -Pbenchmarks -DskipTests -Djmh.args="EngineBenchmark -t 2 -rf text -rff results/engine-t2.jmh.txt"
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
public class EngineBenchmark {

    /** One engine shared by every benchmark thread, as one application instance serves every user. */
    @State(Scope.Benchmark)
    public static class Engine {
        RelaisCore core;
        List<Journeys.Journey> journeys;
        byte[] screenshot;
        final AtomicInteger users = new AtomicInteger();

        @Setup(Level.Trial)
        public void build() {
            journeys = Journeys.record(Clock.systemUTC());
            screenshot = Journeys.screenshot();
            core = RelaisCore.builder().build();
        }
    }

    /** One user per benchmark thread, walking the journeys one after another. */
    @State(Scope.Thread)
    public static class User {
        Replay replay;

        @Setup(Level.Trial)
        public void start(Engine engine) {
            int n = engine.users.incrementAndGet();
            replay = new Replay(engine.core, engine.journeys, engine.screenshot, "user" + n, n * 7);
        }

        @TearDown(Level.Trial)
        public void check() {
            if (replay.mismatches > 0) {
                System.err.println("replies differing from the recording: " + replay.mismatches);
            }
        }
    }

    /** One user event through the whole engine: snapshot load, stage, transition, write-through, replies. */
    @Benchmark
    public Replies event(User user) {
        return user.replay.next();
    }
}
