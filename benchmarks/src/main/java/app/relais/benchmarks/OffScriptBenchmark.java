package app.relais.benchmarks;

import app.relais.offscript.Awaiting;
import app.relais.offscript.Intents;
import app.relais.offscript.Recognizer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The off-script recognizer's cost on the per-message path: every typed message that no command
 * took is read once, before the stage reads it as an answer.
 *
 * <p>Run from the repository root (figures in {@code benchmarks/results/offscript.txt}):
 * <pre>
 * mvn -q -pl benchmarks -am verify -Pbenchmarks -DskipTests -Djmh.args="OffScriptBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s"
 * </pre>
 */
public class OffScriptBenchmark {

    /** Intents and answers as people type them, short and long, at each kind of question. */
    static final List<String> MESSAGES = List.of(
            "je sais pas",
            "jsp",
            "https://www.facebook.com/jeanne.martin",
            "le voilà : facebook.com/events/884512337766201",
            "j’ai trouvé sur google un numéro du support facebook, je peux les appeler ?",
            "Le 12 novembre vers 21h30 j’ai reçu un email de changement de mot de passe, puis mon email a été remplacé.",
            "is this a scam?",
            "12/11/2026 21:30");

    @State(Scope.Benchmark)
    public static class Built {
        Recognizer recognizer;
        int next;

        @Setup(Level.Trial)
        public void build() {
            recognizer = new Recognizer(Intents.load());
        }
    }

    /** One message read, cycling through {@link #MESSAGES} and the three kinds of question. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Optional<Recognizer.Recognition> read(Built state) {
        int i = state.next++;
        return state.recognizer.read(MESSAGES.get(i % MESSAGES.size()), Awaiting.values()[i % 3]);
    }
}
