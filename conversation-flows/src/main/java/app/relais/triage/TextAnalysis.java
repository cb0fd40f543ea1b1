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
import org.apache.lucene.analysis.TokenFilter;
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
 *
 * <p>Letters stretched for emphasis ("merciii", "nooon", "piratéééé") are read once: three or more
 * of the same letter never make a French or English word. Spellings given by the caller ("jsp",
 * "je se pas", "qqn", from data such as the off-script intents file) are read as the words they
 * stand for by {@link #everyWord}, so that examples and messages meet on the same words.
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

    /** A letter typed three times or more ("merciii"); not "w", for "www"; a word of one letter ("zzzz") stays. */
    private static final Pattern STRETCHED = Pattern.compile("([\\p{L}&&[^w]])\\1{2,}");
    /** Longest spelling key, in words ("je se pas"). */
    private static final int SPELLING_WORDS = 3;

    /** Folded words of a spelling ("jsp") to the folded words they stand for ("je", "sais", "pas"). */
    private final Map<String, List<String>> spellings = new HashMap<>();

    private final CharArraySet stopWords = stopWords();
    private final Analyzer words = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new Unstretched(new LowerCaseFilter(source));
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
            TokenStream stream = new Unstretched(new LowerCaseFilter(source));
            stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
        }
    };

    public TextAnalysis() {
        this(Map.of());
    }

    /**
     * An analysis that reads {@code spellings} (a word or up to three, as people type them: "jsp",
     * "je se", "qqn") as the words they stand for ("je sais pas", "je sais", "quelqu’un").
     */
    public TextAnalysis(Map<String, String> spellings) {
        spellings.forEach((typed, meant) -> {
            List<String> key = analyse(everyWord, typed);
            if (key.isEmpty() || key.size() > SPELLING_WORDS) {
                throw new IllegalArgumentException("spelling '" + typed + "' must be one to " + SPELLING_WORDS + " words");
            }
            this.spellings.put(String.join(" ", key), analyse(everyWord, meant));
        });
    }

    /** Folded words of the text, stop words removed, in order. */
    public List<String> words(String text) {
        return analyse(words, text);
    }

    /** Folded words of the text, stop words kept, in order, spellings read as the words they stand for. */
    public List<String> everyWord(String text) {
        List<String> words = analyse(everyWord, text);
        return spellings.isEmpty() ? words : respelled(words);
    }

    /** The longest spelling that starts at each word replaces it; other words stay. */
    private List<String> respelled(List<String> words) {
        List<String> out = new ArrayList<>(words.size() + 2);
        int i = 0;
        while (i < words.size()) {
            int taken = 0;
            for (int n = Math.min(SPELLING_WORDS, words.size() - i); n > 0 && taken == 0; n--) {
                List<String> meant = spellings.get(String.join(" ", words.subList(i, i + n)));
                if (meant != null) {
                    out.addAll(meant);
                    taken = n;
                }
            }
            if (taken == 0) {
                out.add(words.get(i));
                taken = 1;
            }
            i += taken;
        }
        return out;
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

    /** Reads a letter stretched for emphasis once: "merciii" is "merci", "nooon" is "non". */
    private static final class Unstretched extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        Unstretched(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String word = term.toString();
            if (word.chars().distinct().count() > 1) {
                String once = STRETCHED.matcher(word).replaceAll("$1");
                if (!once.equals(word)) {
                    term.setEmpty().append(once);
                }
            }
            return true;
        }
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
