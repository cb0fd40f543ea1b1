package app.relais.outage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Finds the FAQ entry a sentence asks about: a TF-IDF cosine between the sentence's stems and
 * each entry's question and examples, per language, with Lucene's analyzers doing the language
 * work (elision "l’heure", accents "délai"/"delai", stop words, light stemming
 * "livraisons"/"livraison"). The other language is tried when the user's gives nothing, since
 * customers do not always write in the language of their browser.
 */
final class FaqMatcher {

    static final double THRESHOLD = 0.3;

    /**
     * Lucene's stop words plus the words every question shares ("comment", "can I", "please"):
     * without them, "can I pay by voucher?" would match "how can I reach you?".
     */
    private static final CharArraySet FRENCH_STOP = extend(FrenchAnalyzer.getDefaultStopSet(), List.of(
            "comment", "quel", "quelle", "quels", "quelles", "où", "ou", "quand", "pourquoi", "puis", "peux", "peut",
            "pouvez", "pourriez", "svp", "bonjour", "merci", "voudrais", "veux", "faire", "ce", "ça", "est", "sont",
            "suis", "êtes", "ai", "a", "vais", "va", "y", "il", "elle", "fait"));
    private static final CharArraySet ENGLISH_STOP = extend(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, List.of(
            "i", "you", "me", "my", "we", "us", "our", "your", "can", "could", "do", "does", "how", "what", "where",
            "when", "why", "please", "would", "like", "want", "have", "has", "get", "hello", "hi", "thanks"));

    private final List<FaqEntry> entries;
    private final Map<String, Index> indexes = new HashMap<>();

    FaqMatcher(List<FaqEntry> entries) {
        this.entries = entries;
        indexes.put("fr", new Index(french(), entries, e -> concat(e.question().fr(), e.examples().fr())));
        indexes.put("en", new Index(english(), entries, e -> concat(e.question().en(), e.examples().en())));
    }

    Optional<FaqEntry> match(String text, Locale locale) {
        String first = locale != null && "en".equals(locale.getLanguage()) ? "en" : "fr";
        String second = first.equals("fr") ? "en" : "fr";
        Optional<FaqEntry> found = indexes.get(first).best(text);
        return found.isPresent() ? found : indexes.get(second).best(text);
    }

    private static List<String> concat(String question, List<String> examples) {
        List<String> all = new ArrayList<>(examples);
        all.add(question);
        return all;
    }

    private final class Index {
        private final Analyzer analyzer;
        private final Map<String, Double> idf = new HashMap<>();
        private final List<Map<String, Double>> vectors = new ArrayList<>();

        Index(Analyzer analyzer, List<FaqEntry> entries, java.util.function.Function<FaqEntry, List<String>> texts) {
            this.analyzer = analyzer;
            List<List<String>> docs = new ArrayList<>();
            for (FaqEntry entry : entries) {
                List<String> terms = new ArrayList<>();
                texts.apply(entry).forEach(t -> terms.addAll(terms(t)));
                docs.add(terms);
            }
            Map<String, Integer> df = new HashMap<>();
            docs.forEach(d -> new java.util.HashSet<>(d).forEach(t -> df.merge(t, 1, Integer::sum)));
            df.forEach((t, n) -> idf.put(t, Math.log(1.0 + (double) docs.size() / n)));
            docs.forEach(d -> vectors.add(weigh(d)));
        }

        Optional<FaqEntry> best(String text) {
            Map<String, Double> query = weigh(terms(text));
            double bestScore = 0;
            int best = -1;
            for (int i = 0; i < vectors.size(); i++) {
                double score = cosine(query, vectors.get(i));
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            return bestScore >= THRESHOLD ? Optional.of(entries.get(best)) : Optional.empty();
        }

        private Map<String, Double> weigh(List<String> terms) {
            Map<String, Double> vector = new HashMap<>();
            terms.forEach(t -> vector.merge(t, idf.getOrDefault(t, 0.0), Double::sum));
            return vector;
        }

        private List<String> terms(String text) {
            List<String> terms = new ArrayList<>();
            try (TokenStream stream = analyzer.tokenStream("text", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(term.toString());
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return terms;
        }
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

    private static CharArraySet extend(CharArraySet base, List<String> more) {
        CharArraySet all = new CharArraySet(base, true);
        all.addAll(more);
        return CharArraySet.unmodifiableSet(all);
    }

    private static Analyzer french() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                s = new LowerCaseFilter(s);
                s = new StopFilter(s, FRENCH_STOP);
                s = new ASCIIFoldingFilter(s);
                s = new FrenchLightStemFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    private static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new LowerCaseFilter(s);
                s = new StopFilter(s, ENGLISH_STOP);
                s = new ASCIIFoldingFilter(s);
                s = new PorterStemFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }
}
