package app.relais.triage;

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
import java.util.stream.Collectors;

/**
 * Measures a triage against the labeled set {@code triage/evaluation.tsv}: top-1 and top-3
 * accuracy, and which problems are taken for which. The set is written apart from the catalog's
 * training examples; {@link TriageAccuracyTest} checks that no line is shared.
 */
final class TriageEvaluation {

    static final String RESOURCE = "/triage/evaluation.tsv";

    record Utterance(String expected, Locale locale, String text) {
    }

    record Outcome(Utterance utterance, TriageResult result, List<String> ranked) {
        boolean top1() {
            return !ranked.isEmpty() && ranked.get(0).equals(utterance.expected());
        }

        boolean top3() {
            return ranked.stream().limit(3).anyMatch(utterance.expected()::equals);
        }
    }

    record Report(List<Outcome> outcomes) {
        double top1() {
            return outcomes.stream().filter(Outcome::top1).count() / (double) outcomes.size();
        }

        double top3() {
            return outcomes.stream().filter(Outcome::top3).count() / (double) outcomes.size();
        }

        /** "expected -> taken for" with how many times, most frequent first. */
        Map<String, Long> confusions() {
            return outcomes.stream().filter(o -> !o.top1())
                    .map(o -> o.utterance().expected() + " -> " + (o.ranked().isEmpty() ? "(nothing)" : o.ranked().get(0)))
                    .collect(Collectors.groupingBy(p -> p, LinkedHashMap::new, Collectors.counting()))
                    .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        }

        String describe() {
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "utterances: %d%ntop-1 accuracy: %.1f%%%ntop-3 accuracy: %.1f%%%n",
                    outcomes.size(), top1() * 100, top3() * 100));
            text.append("confusion pairs (expected -> taken for):\n");
            confusions().forEach((pair, n) -> text.append(String.format(Locale.ROOT, "  %2d  %s%n", n, pair)));
            text.append("misread utterances:\n");
            outcomes.stream().filter(o -> !o.top1()).forEach(o -> text.append(String.format(Locale.ROOT,
                    "  [%s] %s%n      expected %s, got %s%n", o.utterance().locale().getLanguage(), o.utterance().text(),
                    o.utterance().expected(), o.ranked().stream().limit(3).collect(Collectors.joining(", ")))));
            return text.toString();
        }
    }

    static List<Utterance> load() {
        List<Utterance> all = new ArrayList<>();
        try (InputStream in = TriageEvaluation.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 3) {
                    throw new IllegalStateException(RESOURCE + ", line " + number + ": expected 3 tab-separated cells");
                }
                all.add(new Utterance(cells[0], Locale.forLanguageTag(cells[1]), cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    static Report run(Triage triage, List<Utterance> utterances) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Utterance u : utterances) {
            TriageResult result = triage.classify(u.text(), u.locale());
            List<String> ranked = new ArrayList<>();
            if (result.problem() != null) {
                ranked.add(result.problem());
            }
            result.candidates().forEach(c -> ranked.add(c.problem()));
            outcomes.add(new Outcome(u, result, ranked));
        }
        return new Report(outcomes);
    }

    private TriageEvaluation() {
    }
}
