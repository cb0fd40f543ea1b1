package app.relais.triage;

import app.relais.catalog.Catalog;
import app.relais.catalog.Platform;
import app.relais.catalog.Problem;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keyword triage: a TF-IDF cosine between the words typed and each problem's examples, with the
 * platform named in the text restricting the candidates. Good enough for clear sentences; the
 * analyser-based classifier replaces it for typos and SMS spelling.
 */
public final class KeywordTriage implements Triage {

    private static final Set<String> STOP = Set.of("le", "la", "les", "un", "une", "des", "de", "du", "a", "au",
            "et", "est", "mon", "ma", "mes", "je", "j", "il", "on", "en", "sur", "pour", "que", "qui", "ce",
            "the", "my", "is", "was", "i", "to", "of", "and", "in", "it", "me", "for");

    private final Catalog catalog;
    private final Map<String, Map<String, Double>> vectors = new HashMap<>();
    private final Map<String, Double> idf = new HashMap<>();

    public KeywordTriage(Catalog catalog) {
        this.catalog = catalog;
        Map<String, List<String>> docs = new HashMap<>();
        for (Problem p : catalog.problems()) {
            List<String> words = new ArrayList<>();
            p.examples().fr().forEach(s -> words.addAll(words(s)));
            p.examples().en().forEach(s -> words.addAll(words(s)));
            words.addAll(words(p.label().fr()));
            words.addAll(words(p.label().en()));
            docs.put(p.fullId(), words);
        }
        Map<String, Integer> df = new HashMap<>();
        docs.values().forEach(ws -> new HashSet<>(ws).forEach(w -> df.merge(w, 1, Integer::sum)));
        df.forEach((w, n) -> idf.put(w, Math.log(1.0 + (double) docs.size() / n)));
        docs.forEach((id, ws) -> vectors.put(id, weigh(ws)));
    }

    @Override
    public TriageResult classify(String text, Locale locale) {
        List<String> words = words(text);
        String platform = platformNamed(text);
        Map<String, Double> query = weigh(words);
        List<TriageResult.Candidate> scored = new ArrayList<>();
        for (Problem p : catalog.problems()) {
            if (platform != null && !p.platform().equals(platform)) {
                continue;
            }
            double score = cosine(query, vectors.get(p.fullId()));
            if (score > 0) {
                scored.add(new TriageResult.Candidate(p.fullId(), score));
            }
        }
        scored.sort(Comparator.comparingDouble(TriageResult.Candidate::confidence).reversed());
        if (scored.isEmpty()) {
            return new TriageResult(null, 0, List.of(), platform);
        }
        double total = scored.stream().mapToDouble(TriageResult.Candidate::confidence).sum();
        List<TriageResult.Candidate> normalised = scored.stream()
                .map(c -> new TriageResult.Candidate(c.problem(), round(c.confidence() / total * Math.min(1, scored.get(0).confidence() * 2))))
                .limit(4).toList();
        TriageResult.Candidate best = normalised.get(0);
        return new TriageResult(best.problem(), best.confidence(), normalised.subList(1, normalised.size()), platform);
    }

    private String platformNamed(String text) {
        String spaced = " " + String.join(" ", fold(text).split("[^a-z0-9]+")) + " ";
        for (Platform platform : catalog.platforms()) {
            for (String keyword : platform.keywords()) {
                if (spaced.contains(" " + fold(keyword) + " ")) {
                    return platform.id();
                }
            }
        }
        return null;
    }

    private Map<String, Double> weigh(List<String> words) {
        Map<String, Double> vector = new HashMap<>();
        for (String w : words) {
            vector.merge(w, idf.getOrDefault(w, 0.0), Double::sum);
        }
        return vector;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (var e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        double na = Math.sqrt(a.values().stream().mapToDouble(v -> v * v).sum());
        double nb = Math.sqrt(b.values().stream().mapToDouble(v -> v * v).sum());
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : fold(text).split("[^a-z0-9]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                words.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return words;
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
