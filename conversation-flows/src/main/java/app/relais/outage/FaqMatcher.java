package app.relais.outage;

import app.relais.triage.TextAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the FAQ entry a sentence asks about, with the triage's text analysis (Lucene: elision,
 * accents, stop words; the French and English stems of each word, since customers mix languages;
 * pairs of stems; character n-grams for typos). Two questions, as the triage asks them:
 * <ol>
 * <li>which entry? A naive Bayes classifier over the entries, trained on each one's question and
 * variants: it weighs every word against every way of asking, so a paraphrase ("quand est-ce que
 * vous livrez") finds the entry of a close wording ("c’est livré quand") without repeating it;</li>
 * <li>is it really that question? Naive Bayes always names an entry, so the sentence's own words
 * must be the entry's: at least {@link #COVERAGE} of its meaningful words are words of that
 * entry (by stem, or most of their n-grams for a typo). "Vous recrutez ?" shares nothing with
 * any entry and gets no answer rather than a wrong one.</li>
 * </ol>
 */
final class FaqMatcher {

    /** Share of the probability the best entry needs. */
    static final double CONFIDENT = 0.3;
    /** Share of the sentence's meaningful words the entry must know. */
    static final double COVERAGE = 0.5;
    /** Share of a misspelt word's n-grams the entry must know for the word to count. */
    static final double GRAMS_KNOWN = 0.6;
    static final double SMOOTHING = 0.05;
    static final double TEMPERATURE = 3.0;
    /**
     * Words that carry no question of their own, besides Lucene's stop words: greetings,
     * politeness, question words and helpers ("est-ce que", "can I", "please"). The classifier
     * still reads them ("où en est" is how people ask for their order), but they do not count
     * as words an entry must know: otherwise "quand recrutez-vous ?" would half match
     * "c’est livré quand ?".
     */
    private static final Set<String> NOISE = Set.of("bonjour", "bonsoir", "salut", "merci", "svp", "stp", "please",
            "hello", "hi", "hey", "thanks", "thank", "beaucoup", "cordialement", "madame", "monsieur", "est", "ca", "cest",
            "quoi", "peux", "peut", "puis", "pouvez", "pourriez", "voudrais", "voudrait", "veux", "veut", "faire", "fait",
            "etre", "avoir", "quand", "comment", "pourquoi", "combien", "quel", "quelle", "quels", "quelles", "ou", "i",
            "me", "my", "you", "your", "we", "us", "our", "can", "could", "do", "does", "did", "what", "how", "when",
            "why", "where", "which", "who", "would", "like", "want", "get", "have", "has", "had", "whats", "ok", "okay",
            "sous", "avant", "apres", "depuis", "pendant", "malgre", "encore", "deja", "toujours", "bien", "tres", "plus",
            "still", "yet", "already", "just", "before", "after", "during", "else", "any", "some", "about", "from", "very",
            "souhaite", "souhaiterais", "savoir", "dire", "need", "know", "tell", "ete", "etait", "sera", "eu", "avait",
            "bjr", "bsr", "slt", "cc", "vs", "qd", "pk", "pq", "pr", "ds", "mrc", "jsp", "tt", "ya", "pls", "plz",
            "truc", "trucs", "chose", "choses", "thing", "things", "stuff");

    /** An entry and how likely it is the question asked, from 0 to 1; {@code covered} when its words are the sentence's. */
    record Scored(FaqEntry entry, double score, boolean covered) {
    }

    private final TextAnalysis analysis;
    private final List<FaqEntry> entries;
    private final Map<String, double[]> logLikelihood = new HashMap<>();
    private final List<Set<String>> vocabulary = new ArrayList<>();

    FaqMatcher(List<FaqEntry> entries, TextAnalysis analysis) {
        this.analysis = analysis;
        this.entries = List.copyOf(entries);
        Map<String, double[]> counts = new HashMap<>();
        double[] totals = new double[entries.size()];
        for (int c = 0; c < entries.size(); c++) {
            FaqEntry entry = entries.get(c);
            Set<String> known = new HashSet<>();
            List<String> texts = new ArrayList<>(entry.examples().all());
            texts.add(entry.question().fr());
            texts.add(entry.question().en());
            for (String text : texts) {
                Map<String, Double> features = TextAnalysis.features(analysis.words(text));
                known.addAll(features.keySet());
                for (Map.Entry<String, Double> f : features.entrySet()) {
                    counts.computeIfAbsent(f.getKey(), k -> new double[entries.size()])[c] += f.getValue();
                    totals[c] += f.getValue();
                }
            }
            vocabulary.add(known);
        }
        int size = counts.size();
        counts.forEach((feature, n) -> {
            double[] logs = new double[entries.size()];
            for (int c = 0; c < logs.length; c++) {
                logs[c] = Math.log((n[c] + SMOOTHING) / (totals[c] + SMOOTHING * size));
            }
            logLikelihood.put(feature, logs);
        });
    }

    /** Entries allowed by {@code active}, likeliest first. */
    List<Scored> rank(String text, Predicate<FaqEntry> active) {
        String sentence = text == null ? "" : text;
        Map<String, Double> features = TextAnalysis.features(analysis.words(sentence));
        List<String> words = meaningful(sentence);
        double[] scores = new double[entries.size()];
        boolean known = false;
        for (Map.Entry<String, Double> f : features.entrySet()) {
            double[] logs = logLikelihood.get(f.getKey());
            if (logs != null) {
                known = true;
                for (int c = 0; c < scores.length; c++) {
                    scores[c] += f.getValue() * logs[c];
                }
            }
        }
        List<Integer> allowed = new ArrayList<>();
        for (int c = 0; c < entries.size(); c++) {
            if (active.test(entries.get(c))) {
                allowed.add(c);
            }
        }
        if (!known || allowed.isEmpty()) {
            return List.of();
        }
        double max = allowed.stream().mapToDouble(c -> scores[c]).max().orElse(0);
        double sum = allowed.stream().mapToDouble(c -> Math.exp((scores[c] - max) / TEMPERATURE)).sum();
        List<Scored> ranked = new ArrayList<>();
        for (int c : allowed) {
            double p = Math.exp((scores[c] - max) / TEMPERATURE) / sum;
            ranked.add(new Scored(entries.get(c), p, covers(c, words)));
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
        return ranked;
    }

    Optional<Scored> best(String text, Predicate<FaqEntry> active) {
        return rank(text, active).stream().findFirst().filter(s -> s.covered() && s.score() >= CONFIDENT);
    }

    /** Whether entry {@code c} knows enough of the sentence's meaningful words. */
    private boolean covers(int c, List<String> words) {
        Set<String> known = vocabulary.get(c);
        List<String> meaningful = words.stream().filter(w -> w.length() >= 2).distinct().toList();
        if (meaningful.isEmpty()) {
            return false;
        }
        long covered = meaningful.stream().filter(w -> knows(known, w)).count();
        return covered >= COVERAGE * meaningful.size();
    }

    private static boolean knows(Set<String> known, String word) {
        Map<String, Double> features = TextAnalysis.features(List.of(word));
        long grams = 0;
        long knownGrams = 0;
        for (String f : features.keySet()) {
            if ((f.startsWith("f:") || f.startsWith("e:")) && known.contains(f)) {
                return true;
            }
            if (f.startsWith("g:")) {
                grams++;
                knownGrams += known.contains(f) ? 1 : 0;
            }
        }
        return grams > 0 && knownGrams >= GRAMS_KNOWN * grams;
    }

    /** The words that carry the question: no stop word, no greeting, no question word. */
    private List<String> meaningful(String text) {
        List<String> words = new ArrayList<>(analysis.words(text));
        words.removeIf(NOISE::contains);
        return words;
    }
}
