package app.relais.offscript;

import app.relais.testing.LabeledSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the recognizer against the labeled set {@code offscript/evaluation.tsv}: what people
 * say instead of answering, and real answers that must not be taken for it ({@code none}), each
 * with what the question waited for. Written apart from the intents' examples;
 * {@link OffScriptAccuracyTest} checks that no line is shared.
 */
final class OffScriptEvaluation {

    static final String RESOURCE = "/offscript/evaluation.tsv";

    record Utterance(String expected, Awaiting awaiting, String language, String text) {
    }

    record Outcome(Utterance utterance, String read, double score) {
        boolean right() {
            return read.equals(utterance.expected());
        }
    }

    record Report(List<Outcome> outcomes) {
        double accuracy() {
            return LabeledSet.share(outcomes, Outcome::right);
        }

        /** Real answers read as an intent: the worst mistake, a story eaten. */
        long answersTakenForIntents() {
            return outcomes.stream().filter(o -> o.utterance().expected().equals("none") && !o.read().equals("none")).count();
        }

        Map<String, Long> confusions() {
            return LabeledSet.mostFrequentFirst(outcomes.stream().filter(o -> !o.right())
                    .map(o -> o.utterance().expected() + " -> " + o.read()));
        }

        String describe() {
            StringBuilder text = new StringBuilder();
            long intents = outcomes.stream().filter(o -> !o.utterance().expected().equals("none")).count();
            text.append(String.format(Locale.ROOT, "utterances: %d (%d intents, %d real answers)%naccuracy: %.1f%%%n"
                            + "real answers taken for intents: %d%n", outcomes.size(), intents, outcomes.size() - intents,
                    accuracy() * 100, answersTakenForIntents()));
            text.append("confusion pairs (expected -> read as):\n");
            LabeledSet.print(confusions(), text);
            text.append("misread utterances:\n");
            outcomes.stream().filter(o -> !o.right()).forEach(o -> text.append(String.format(Locale.ROOT,
                    "  [%s, %s] %s%n      expected %s, read %s (%.2f)%n", o.utterance().language(),
                    o.utterance().awaiting().name().toLowerCase(Locale.ROOT), o.utterance().text(),
                    o.utterance().expected(), o.read(), o.score())));
            return text.toString();
        }
    }

    static List<Utterance> load() {
        return LabeledSet.read(RESOURCE, 4).stream().map(cells -> new Utterance(cells[0],
                Awaiting.valueOf(cells[1].replace('-', '_').toUpperCase(Locale.ROOT)), cells[2], cells[3])).toList();
    }

    static Report run(Recognizer recognizer, List<Utterance> utterances) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Utterance u : utterances) {
            var read = recognizer.read(u.text(), u.awaiting());
            double score = recognizer.nearest(u.text(), u.awaiting()).map(Recognizer.Recognition::score).orElse(0.0);
            outcomes.add(new Outcome(u, read.map(r -> r.intent().id()).orElse("none"), score));
        }
        return new Report(outcomes);
    }

    private OffScriptEvaluation() {
    }
}
