package app.relais.drafting;

import app.relais.catalog.CatalogException;
import app.relais.catalog.StrictYaml;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations typed in a hurry ("qqn", "mdp", "pls") written out in the letter: a support agent
 * reads "Quelqu’un a changé mon mot de passe", not "qqn a changé mon mdp". The list is data
 * ({@code drafting/abbreviations.yml}, both languages at once: the person may type either) and only
 * holds words that cannot be ordinary ones. A word inside a link, an address or an identifier
 * ("facebook.com/mdp", "mdp@example.fr", "qqn_75", "#mdp") is left alone: what has no space in it
 * and looks like one is not read at all.
 */
final class Abbreviations {

    static final String RESOURCE = "drafting/abbreviations.yml";
    private static final Pattern KEY = Pattern.compile("[a-z0-9]{2,8}");
    /** A run of characters without spaces that is (part of) a link, an address, a handle or an identifier. */
    private static final Pattern IDENTIFIER = Pattern.compile("://|@|#|_|/|www\\.|[\\p{L}\\p{N}]\\.[\\p{L}\\p{N}]");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]$");
    /** A typed apostrophe inside a word ("d'arnaque"), written as the letter writes its own (’). */
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");

    private record File(@JsonProperty(required = true) Map<String, String> fr,
                        @JsonProperty(required = true) Map<String, String> en,
                        List<String> pluralAfter,
                        Map<String, String> plural) {
    }

    /** The shipped list, read when the drafting starts (a broken file stops the start). */
    static final Abbreviations STANDARD = load(Abbreviations.class.getClassLoader(), RESOURCE);

    private final Map<String, String> full;
    /** The plural of some ("msg": "messages"), written after a word that makes it plural ("des msg"). */
    private final Map<String, String> plural;
    private final Set<String> pluralAfter;
    private final Pattern words;

    Abbreviations(Map<String, String> full) {
        this(full, Map.of(), Set.of());
    }

    Abbreviations(Map<String, String> full, Map<String, String> plural, Set<String> pluralAfter) {
        this.full = Map.copyOf(full);
        this.plural = Map.copyOf(plural);
        this.pluralAfter = Set.copyOf(pluralAfter);
        if (!full.keySet().containsAll(plural.keySet())) {
            throw new CatalogException(RESOURCE + ": 'plural' may only give the plural of listed abbreviations");
        }
        full.forEach((typed, meant) -> {
            if (!KEY.matcher(typed).matches() || meant == null || meant.isBlank()) {
                throw new CatalogException(RESOURCE + ": '" + typed + "' must be 2-8 lower-case letters or digits, written out");
            }
        });
        this.words = Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", this.full.keySet()) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static Abbreviations load(ClassLoader loader, String resource) {
        File file = StrictYaml.read(loader, resource, File.class);
        Map<String, String> all = new HashMap<>(file.fr());
        file.en().forEach((typed, meant) -> {
            String before = all.putIfAbsent(typed, meant);
            if (before != null && !before.equals(meant)) {
                throw new CatalogException(resource + ": '" + typed + "' means '" + before + "' in French and '" + meant + "' in English");
            }
        });
        return new Abbreviations(all, file.plural() == null ? Map.of() : file.plural(),
                file.pluralAfter() == null ? Set.of() : Set.copyOf(file.pluralAfter()));
    }

    /** The text with every abbreviation written out; "Qqn" gives "Quelqu’un", "MDP" "mot de passe". */
    String writtenOut(String text) {
        Matcher tokens = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean sentenceStart = true;
        String previous = "";
        String twoBefore = "";
        while (tokens.find()) {
            String token = tokens.group();
            // "des msg", "beaucoup de msg": the word or two words before make it plural.
            boolean plural = pluralAfter.contains(previous) || pluralAfter.contains(twoBefore + " " + previous);
            tokens.appendReplacement(out, Matcher.quoteReplacement(IDENTIFIER.matcher(token).find() ? token
                    : APOSTROPHE.matcher(inWord(token, sentenceStart, plural)).replaceAll("’")));
            sentenceStart = SENTENCE_END.matcher(token).find();
            twoBefore = previous;
            previous = token.toLowerCase(Locale.ROOT).replace('’', '\'');
        }
        tokens.appendTail(out);
        return out.toString();
    }

    /**
     * {@code token} with its abbreviations written out. "Qqn" gives "Quelqu’un"; "MDP" gives "mot de
     * passe", or "Mot de passe" where a sentence starts (capitals everywhere say nothing of the case);
     * "msg" after "des" gives "messages".
     */
    private String inWord(String token, boolean sentenceStart, boolean plural) {
        Matcher m = words.matcher(token);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String typed = m.group(1);
            String key = typed.toLowerCase(Locale.ROOT);
            String meant = plural && m.start() == 0 && this.plural.containsKey(key) ? this.plural.get(key) : full.get(key);
            boolean allCapitals = typed.equals(typed.toUpperCase(Locale.ROOT));
            boolean capital = Character.isUpperCase(typed.charAt(0)) && (!allCapitals || sentenceStart && m.start() == 0);
            m.appendReplacement(out, Matcher.quoteReplacement(capital ? Phrases.capitalized(meant) : meant));
        }
        m.appendTail(out);
        return out.toString();
    }
}
