package app.relais.triage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * The language work of the triage, done by Lucene: Unicode word splitting, lower case, French
 * elision (j’, l’, qu’...), French and English stop words, accent folding, and the Snowball
 * French and English stemmers. People mix both languages in one sentence, so every word gets both
 * stems; character n-grams of the folded word absorb typos and SMS spelling ("pirater", "hacké").
 * The off-script recognizer and the visitor router read with the same analysis, keeping the stop
 * words ({@link #everyWord}): "je sais pas" is nothing but stop words, and "pas" is what it means;
 * who is addressed ("vous", "votre", "your") tells a question for a business from a problem with
 * one's own account ("mon compte", "my account").
 */
public final class TextAnalysis {

    /** Weight of one character n-gram against one stem: many n-grams come from a single word. */
    static final double GRAM_WEIGHT = 0.2;
    /** Weight of a pair of neighbouring stems ("mot passe", "code verif"). */
    static final double PAIR_WEIGHT = 0.5;

    /** Combining marks, compiled once: fold() runs on every word a user types. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /** Longest text analysed; longer input is cut (the API and the chat refuse more anyway). */
    static final int MAX_CHARS = 4000;

    private final CharArraySet stopWords = stopWords();
    private final Analyzer words = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new StopFilter(stream, stopWords);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, stopWords);
            return new TokenStreamComponents(source, stream);
        }
    };

    private final Analyzer everyWord = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
        }
    };

    /** Folded words of the text, stop words removed, in order. */
    public List<String> words(String text) {
        return analyse(words, text);
    }

    /** Folded words of the text, stop words kept, in order. */
    public List<String> everyWord(String text) {
        return analyse(everyWord, text);
    }

    private static List<String> analyse(Analyzer analyzer, String text) {
        String input = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", input)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Whether a folded word is a French or English stop word ("pas", "the", "du"). */
    public boolean stopWord(String word) {
        return stopWords.contains(word);
    }

    /** Per-call stemmers: Snowball stemmers keep state and are cheap to create. */
    public static Stemmers stemmers() {
        return new Stemmers(new FrenchStemmer(), new EnglishStemmer());
    }

    /** {@link #features(List, Stemmers)} with stemmers of its own. */
    public static Map<String, Double> features(List<String> words) {
        return features(words, stemmers());
    }

    /**
     * What a classifier reads of some words: the French and English stems of each word, pairs of
     * neighbouring stems, and character 3-4-grams of the folded word for typos and SMS spelling.
     */
    public static Map<String, Double> features(List<String> words, Stemmers stemmers) {
        Map<String, Double> features = new HashMap<>();
        String previous = null;
        for (String word : words) {
            if (word.length() < 2) {
                continue;
            }
            String french = stemmers.french(word);
            String english = stemmers.english(word);
            features.put("f:" + french, 1.0);
            features.put("e:" + english, 1.0);
            if (previous != null) {
                features.put("p:" + previous + "_" + french, PAIR_WEIGHT);
            }
            previous = french;
            String marked = "<" + word + ">";
            for (int n = 3; n <= 4; n++) {
                for (int i = 0; i + n <= marked.length(); i++) {
                    features.putIfAbsent("g:" + marked.substring(i, i + n), GRAM_WEIGHT);
                }
            }
        }
        return features;
    }

    /** The two stemmers of one call; not thread-safe, so one per call. */
    public record Stemmers(SnowballStemmer french, SnowballStemmer english) {

        String french(String word) {
            return stem(french, word);
        }

        String english(String word) {
            return stem(english, word);
        }

        private static String stem(SnowballStemmer stemmer, String word) {
            stemmer.setCurrent(word);
            stemmer.stem();
            return stemmer.getCurrent();
        }
    }

    /** French and English stop words (Lucene's lists), each also without accents: people type "ete" for "été". */
    private static CharArraySet stopWords() {
        CharArraySet all = new CharArraySet(512, true);
        for (CharArraySet set : List.of(FrenchAnalyzer.getDefaultStopSet(), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)) {
            for (Object word : set) {
                String text = word instanceof char[] chars ? new String(chars) : word.toString();
                all.add(text);
                all.add(fold(text));
            }
        }
        return CharArraySet.unmodifiableSet(all);
    }

    public static String fold(String text) {
        return MARKS.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
