package app.relais.triage;

import app.relais.testing.LabeledSet;
import java.util.ArrayList;
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
            return LabeledSet.share(outcomes, Outcome::top1);
        }

        double top3() {
            return LabeledSet.share(outcomes, Outcome::top3);
        }

        /** "expected -> taken for" with how many times, most frequent first. */
        Map<String, Long> confusions() {
            return LabeledSet.mostFrequentFirst(outcomes.stream().filter(o -> !o.top1())
                    .map(o -> o.utterance().expected() + " -> " + (o.ranked().isEmpty() ? "(nothing)" : o.ranked().get(0))));
        }

        String describe() {
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "utterances: %d%ntop-1 accuracy: %.1f%%%ntop-3 accuracy: %.1f%%%n",
                    outcomes.size(), top1() * 100, top3() * 100));
            text.append("confusion pairs (expected -> taken for):\n");
            LabeledSet.print(confusions(), text);
            text.append("misread utterances:\n");
            outcomes.stream().filter(o -> !o.top1()).forEach(o -> text.append(String.format(Locale.ROOT,
                    "  [%s] %s%n      expected %s, got %s%n", o.utterance().locale().getLanguage(), o.utterance().text(),
                    o.utterance().expected(), o.ranked().stream().limit(3).collect(Collectors.joining(", ")))));
            return text.toString();
        }
    }

    static List<Utterance> load() {
        return LabeledSet.read(RESOURCE, 3).stream()
                .map(cells -> new Utterance(cells[0], Locale.forLanguageTag(cells[1]), cells[2])).toList();
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
