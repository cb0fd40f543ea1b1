package app.relais.offscript;

import app.relais.triage.TextAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads what people say instead of answering, from the intents' examples, with the triage's text
 * analysis ({@link TextAnalysis}: Lucene words, both stems, neighbouring pairs, character n-grams
 * for typos and SMS spelling), stop words kept, since "je sais pas" is only stop words.
 *
 * <p>Nearest example: each example is a TF-IDF vector, a message is scored against every example
 * through an inverted index (cost in benchmarks/results/offscript.txt), and the closest example
 * decides. Examples of real answers that look like intents ({@code none}) win over an intent when
 * they are closer, so the file, not code, teaches what is not an intent. Values (links, addresses,
 * numbers) are taken out first: "le voilà : facebook.com/events/884512337766201" is just "le
 * voilà". How close is close enough depends on what the question waits for ({@link Awaiting});
 * free text is read only when the message is short and in the intent's own words.
 */
public final class Recognizer {

    /** Closeness needed when the question waits for a button: anything typed is likely off-script. */
    static final double CHOICE_THRESHOLD = 0.5;
    /** When it waits for a value (a link, a date): the value's words are already out. */
    static final double VALUE_THRESHOLD = 0.55;
    /** When it waits for free text (a story, an outcome, a question for the FAQ). */
    static final double FREE_TEXT_THRESHOLD = 0.7;
    /**
     * Longer free text is an answer, whatever it contains ("je sais pas qui a fait ça, mais..."); a
     * shorter one only when all its words are the intent's own, stop words or fillers ("euh", "bon").
     */
    static final int FREE_TEXT_MAX_WORDS = 10;
    /** Longer messages are never read: people do not ask "is this a scam?" in 400 characters. */
    static final int MAX_CHARS = 300;

    /**
     * Links, email addresses, phone numbers and usernames ("@jeanne.m75", "jeanne_m75": a dot or an
     * underscore between letters): what the question asked for, never what the person said instead.
     */
    private static final Pattern VALUE = Pattern.compile(
            "(?i)\\S*@\\S+|\\S*https?://\\S*|\\S*\\w\\.(?:com|fr|net|org|me|be|ch|ca|io|app|co|uk|de|info|biz)\\b\\S*"
                    + "|\\+?\\d[\\d .()/-]{4,}\\d|(?<![\\p{L}\\p{N}._])[\\p{L}\\p{N}]+(?:[._][\\p{L}\\p{N}]+)+");
    /** Other numbers (an amount, a count) are taken out too, but say nothing about the message. */
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** The prefix {@link TextAnalysis#features} gives character n-grams. */
    private static final String GRAM = "g:";

    /**
     * A feature some example has: its rarity, the examples it occurs in and its weight in each, as
     * arrays. One lookup per feature of a message gives all three: reading is about a thousand map
     * lookups per message, the largest cost of a typed answer (benchmarks/results/engine.txt).
     */
    private record Feature(double idf, int[] examples, double[] weights) {
    }

    /** What was recognised and how close its nearest example is, in [0, 1]. */
    public record Recognition(Intent intent, double score) {
    }

    private final TextAnalysis analysis;
    private final List<Intent> labels = new ArrayList<>();
    private final Map<String, Feature> index = new HashMap<>();
    private final Map<Intent, Set<String>> vocabulary = new HashMap<>();
    private final Set<String> fillers;
    private final double unseen;

    public Recognizer(Intents intents) {
        this.analysis = new TextAnalysis(intents.spellings());
        this.fillers = intents.fillers().stream().flatMap(f -> analysis.everyWord(f).stream()).collect(Collectors.toUnmodifiableSet());
        List<Map<String, Double>> vectors = new ArrayList<>();
        TextAnalysis.Stemmers stemmers = TextAnalysis.stemmers();
        for (Intent intent : intents.all()) {
            List<String> texts = new ArrayList<>(intent.examples().fr());
            texts.addAll(intent.examples().en());
            Set<String> words = new HashSet<>();
            for (String text : texts) {
                labels.add(intent);
                List<String> analysed = analysis.everyWord(withoutValues(text));
                words.addAll(analysed);
                vectors.add(TextAnalysis.features(analysed, stemmers));
            }
            vocabulary.put(intent, Set.copyOf(words));
        }
        // Rarity is counted across intents, not examples: "merci" is in every thanks example, and it
        // is exactly what tells thanks apart.
        Map<String, Set<Intent>> df = new HashMap<>();
        for (int e = 0; e < vectors.size(); e++) {
            Intent intent = labels.get(e);
            vectors.get(e).keySet().forEach(f -> df.computeIfAbsent(f, k -> new HashSet<>()).add(intent));
        }
        int classes = intents.all().size();
        Map<String, Double> idf = new HashMap<>();
        df.forEach((f, in) -> idf.put(f, Math.log(1.0 + (double) classes / in.size())));
        unseen = Math.log(1.0 + classes);
        Map<String, List<double[]>> lists = new HashMap<>();
        for (int e = 0; e < vectors.size(); e++) {
            Map<String, Double> weighted = weigh(vectors.get(e), idf);
            for (Map.Entry<String, Double> f : weighted.entrySet()) {
                lists.computeIfAbsent(f.getKey(), k -> new ArrayList<>()).add(new double[] {e, f.getValue()});
            }
        }
        lists.forEach((f, list) -> index.put(f, new Feature(idf.get(f), list.stream().mapToInt(p -> (int) p[0]).toArray(),
                list.stream().mapToDouble(p -> p[1]).toArray())));
    }

    /** The intent {@code text} says, when it clearly says one and is not one of the real answers that look alike. */
    public Optional<Recognition> read(String text, Awaiting awaiting) {
        if (text == null) {
            return Optional.empty();
        }
        String words = withoutValues(text);
        Optional<Recognition> nearest = nearestTo(text, words, awaiting);
        if (nearest.isEmpty() || nearest.get().intent().action() == IntentAction.NONE) {
            return Optional.empty();
        }
        Recognition found = nearest.get();
        boolean carriedValue = VALUE.matcher(text).find();
        // "my email is jo@example.com" is an answer around a value; "is jo@example.com official?" a question about one.
        double needed = carriedValue ? Math.max(threshold(awaiting), FREE_TEXT_THRESHOLD) : threshold(awaiting);
        if (found.score() < needed) {
            return Optional.empty();
        }
        if (carriedValue && found.intent().action() == IntentAction.SKIP) {
            // "I don't know, my email is jo@example.com": whatever the words around it, a value was given.
            return Optional.empty();
        }
        if (awaiting == Awaiting.FREE_TEXT && !covers(found.intent(), words)) {
            return Optional.empty();
        }
        return nearest;
    }

    /**
     * Whether every word of a free-text message is one the intent's examples use: "j’ai perdu 300 €
     * de ventes" is close to "je l’ai perdu" but speaks of sales, so it is an answer about impact.
     */
    private boolean covers(Intent intent, String words) {
        Set<String> known = vocabulary.get(intent);
        return analysis.everyWord(words).stream()
                .allMatch(w -> w.length() < 3 || known.contains(w) || analysis.stopWord(w) || fillers.contains(w));
    }

    /** The nearest example's intent and closeness, none included; empty when nothing is read at all. */
    Optional<Recognition> nearest(String text, Awaiting awaiting) {
        return text == null ? Optional.empty() : nearestTo(text, withoutValues(text), awaiting);
    }

    /** {@link #nearest} of {@code text}, given without its values. */
    private Optional<Recognition> nearestTo(String text, String withoutValues, Awaiting awaiting) {
        if (text.length() > MAX_CHARS) {
            return Optional.empty();
        }
        List<String> words = analysis.everyWord(withoutValues);
        if (awaiting == Awaiting.FREE_TEXT && words.size() > FREE_TEXT_MAX_WORDS) {
            return Optional.empty();
        }
        // TF-IDF weights as in weigh(), the scores gathered in the same pass: only the query's known
        // features can meet an example; the others still count in its length.
        double[] scores = new double[labels.size()];
        double norm = 0;
        for (Map.Entry<String, Double> f : TextAnalysis.features(words, TextAnalysis.stemmers()).entrySet()) {
            Feature known = index.get(f.getKey());
            if (known == null && !f.getKey().startsWith(GRAM)) {
                continue;
            }
            double value = f.getValue() * (known == null ? unseen : known.idf());
            norm += value * value;
            if (known != null) {
                int[] examples = known.examples();
                double[] weights = known.weights();
                for (int i = 0; i < examples.length; i++) {
                    scores[examples[i]] += value * weights[i];
                }
            }
        }
        if (norm == 0) {
            return Optional.empty();
        }
        double length = Math.sqrt(norm);
        for (int e = 0; e < scores.length; e++) {
            scores[e] /= length;
        }
        int best = 0;
        for (int e = 1; e < scores.length; e++) {
            // On a tie, a real answer wins: "demain" is a date before it is "à demain".
            boolean tie = Math.abs(scores[e] - scores[best]) < 1e-9 && labels.get(e).action() == IntentAction.NONE;
            if (scores[e] > scores[best] || tie) {
                best = e;
            }
        }
        return scores[best] <= 0 ? Optional.empty() : Optional.of(new Recognition(labels.get(best), scores[best]));
    }

    static double threshold(Awaiting awaiting) {
        return switch (awaiting) {
            case CHOICE -> CHOICE_THRESHOLD;
            case VALUE -> VALUE_THRESHOLD;
            case FREE_TEXT -> FREE_TEXT_THRESHOLD;
        };
    }

    /** The text without links, addresses and numbers, lower case. */
    static String withoutValues(String text) {
        return NUMBER.matcher(VALUE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ");
    }

    /**
     * TF-IDF weights, normalised, so that a dot product is a cosine. The letters of a word no example
     * has weigh as much as the rarest: a message full of unknown words is far from every example.
     */
    private Map<String, Double> weigh(Map<String, Double> features, Map<String, Double> idf) {
        Map<String, Double> weighted = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> f : features.entrySet()) {
            Double known = idf.get(f.getKey());
            if (known == null && !f.getKey().startsWith(GRAM)) {
                // An unknown word's stems say nothing; its letters still tell a typo from a new word.
                continue;
            }
            double value = f.getValue() * (known == null ? unseen : known);
            weighted.put(f.getKey(), value);
            norm += value * value;
        }
        if (norm == 0) {
            return Map.of();
        }
        double length = Math.sqrt(norm);
        weighted.replaceAll((f, v) -> v / length);
        return weighted;
    }
}
