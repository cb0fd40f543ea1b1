package app.relais.benchmarks;

import app.relais.catalog.Catalog;
import app.relais.catalog.CatalogLoader;
import app.relais.triage.AppealReader;
import app.relais.triage.NaiveBayesTriage;
import app.relais.triage.Triage;
import app.relais.triage.TriageResult;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The triage's two costs: classifying one utterance (target: median under 1 ms on 2 cores) and
 * training at start-up from the catalog (target: under 2 s); and what reading an appeal's status
 * adds to each first sentence ({@link AppealReader#said}, same utterances).
 *
 * <p>Run from the repository root (the figures in {@code benchmarks/results/triage.txt} come from
 * this command):
 * <pre>
 * mvn -q -pl benchmarks -am verify -Pbenchmarks -DskipTests -Djmh.args="TriageBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s"
 * </pre>
 */
public class TriageBenchmark {

    /** Utterances as people type them: typos, SMS spelling, no accents, both languages, some long. */
    static final List<String> UTTERANCES = List.of(
            "jai ete pirater sur fb",
            "compte fb hacké",
            "mon num whatsap bani",
            "mon numéro est banni",
            "my instagram got hacked and they changed the email, please help me get it back",
            "messenger est en panne depuis ce matin, nos clients ne peuvent plus nous écrire",
            "des faux profils envahissent mon événement et postent des liens de crypto partout",
            "tiktok a banni mon compte sans raison",
            "youtube demonetized my channel after a strike",
            "Bonjour, je suis organisatrice d’un festival et quelqu’un a créé un faux événement à notre nom "
                    + "qui vend des billets avec un lien de paiement frauduleux, les participants nous écrivent");

    @State(Scope.Benchmark)
    public static class Trained {
        Triage triage;
        int next;

        @Setup(Level.Trial)
        public void train() {
            triage = new NaiveBayesTriage(new CatalogLoader().load());
        }
    }

    @State(Scope.Benchmark)
    public static class Appeals {
        AppealReader reader;
        int next;

        @Setup(Level.Trial)
        public void load() {
            reader = new AppealReader(new CatalogLoader().load());
        }
    }

    @State(Scope.Benchmark)
    public static class Loaded {
        Catalog catalog;

        @Setup(Level.Trial)
        public void load() {
            catalog = new CatalogLoader().load();
        }
    }

    /** One utterance classified, cycling through {@link #UTTERANCES}; sampled to report the median. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public TriageResult classify(Trained state) {
        String text = UTTERANCES.get(state.next++ % UTTERANCES.size());
        return state.triage.classify(text, Locale.FRENCH);
    }

    /** What a first sentence says of an appeal, cycling through {@link #UTTERANCES}: the TRIAGE stage's extra work. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object appealSaid(Appeals state) {
        return state.reader.said(UTTERANCES.get(state.next++ % UTTERANCES.size()));
    }

    /** Training from an already loaded catalog, in a fresh JVM each fork: the start-up cost. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public Triage trainColdStart(Loaded state) {
        return new NaiveBayesTriage(state.catalog);
    }

    /** Catalog loading (YAML, checks) plus training, in a fresh JVM each fork: what the application waits for. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public Triage loadAndTrainColdStart() {
        return new NaiveBayesTriage(new CatalogLoader().load());
    }

    /** Training once the JVM is warm (e.g. a catalog reload). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Triage trainWarm(Loaded state) {
        return new NaiveBayesTriage(state.catalog);
    }
}
