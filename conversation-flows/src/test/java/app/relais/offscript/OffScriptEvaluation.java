package app.relais.offscript;

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
            return outcomes.stream().filter(Outcome::right).count() / (double) outcomes.size();
        }

        /** Real answers read as an intent: the worst mistake, a story eaten. */
        long answersTakenForIntents() {
            return outcomes.stream().filter(o -> o.utterance().expected().equals("none") && !o.read().equals("none")).count();
        }

        Map<String, Long> confusions() {
            return outcomes.stream().filter(o -> !o.right())
                    .map(o -> o.utterance().expected() + " -> " + o.read())
                    .collect(Collectors.groupingBy(p -> p, LinkedHashMap::new, Collectors.counting()))
                    .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        }

        String describe() {
            StringBuilder text = new StringBuilder();
            long intents = outcomes.stream().filter(o -> !o.utterance().expected().equals("none")).count();
            text.append(String.format(Locale.ROOT, "utterances: %d (%d intents, %d real answers)%naccuracy: %.1f%%%n"
                            + "real answers taken for intents: %d%n", outcomes.size(), intents, outcomes.size() - intents,
                    accuracy() * 100, answersTakenForIntents()));
            text.append("confusion pairs (expected -> read as):\n");
            confusions().forEach((pair, n) -> text.append(String.format(Locale.ROOT, "  %2d  %s%n", n, pair)));
            text.append("misread utterances:\n");
            outcomes.stream().filter(o -> !o.right()).forEach(o -> text.append(String.format(Locale.ROOT,
                    "  [%s, %s] %s%n      expected %s, read %s (%.2f)%n", o.utterance().language(),
                    o.utterance().awaiting().name().toLowerCase(Locale.ROOT), o.utterance().text(),
                    o.utterance().expected(), o.read(), o.score())));
            return text.toString();
        }
    }

    static List<Utterance> load() {
        List<Utterance> all = new ArrayList<>();
        try (InputStream in = OffScriptEvaluation.class.getResourceAsStream(RESOURCE)) {
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
                if (cells.length != 4) {
                    throw new IllegalStateException(RESOURCE + ", line " + number + ": expected 4 tab-separated cells");
                }
                Awaiting awaiting = Awaiting.valueOf(cells[1].replace('-', '_').toUpperCase(Locale.ROOT));
                all.add(new Utterance(cells[0], awaiting, cells[2], cells[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
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
