package app.relais.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the evaluations against a labeled set share (triage, off-script recognizer, FAQ and
 * router): reading the tab-separated set from the test classpath, the share of outcomes that
 * pass, and the "expected -&gt; got" pairs counted and printed.
 */
public final class LabeledSet {

    private LabeledSet() {
    }

    /**
     * The rows of {@code resource} (a classpath path such as {@code /triage/evaluation.tsv}), each
     * split into its {@code cells} tab-separated cells; blank lines and {@code #} comments are
     * skipped, a row with another number of cells fails with its line number.
     */
    public static List<String[]> read(String resource, int cells) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = LabeledSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length != cells) {
                    throw new IllegalStateException(resource + ", line " + number + ": expected " + cells
                            + " tab-separated cells");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The share (0 to 1) of {@code outcomes} that pass {@code test}. */
    public static <T> double share(List<T> outcomes, Predicate<? super T> test) {
        return outcomes.stream().filter(test).count() / (double) outcomes.size();
    }

    /** How many times each pair occurs, in the order the pairs first occur. */
    public static Map<String, Long> count(Stream<String> pairs) {
        return pairs.collect(Collectors.groupingBy(p -> p, LinkedHashMap::new, Collectors.counting()));
    }

    /** How many times each pair occurs, most frequent first (ties in the order they first occur). */
    public static Map<String, Long> mostFrequentFirst(Stream<String> pairs) {
        return count(pairs).entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** Appends one line per pair: its count, then the pair. */
    public static void print(Map<String, Long> counts, StringBuilder text) {
        counts.forEach((pair, n) -> text.append(String.format(Locale.ROOT, "  %2d  %s%n", n, pair)));
    }
}
