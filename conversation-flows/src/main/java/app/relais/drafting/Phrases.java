package app.relais.drafting;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The small edits that let a phrase sit where the letter puts it: the person's own words become
 * a sentence (capital, final stop) or follow a colon (lower case, unless they start with a name);
 * a catalog phrase starts a clause in lower case; abbreviations typed in a hurry ("qqn", "mdp") are
 * written out ({@link Abbreviations}). Nothing else in what the person typed is changed.
 */
public final class Phrases {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String SENTENCE_ENDS = ".!?…";

    private Phrases() {
    }

    /** The text with its first letter in upper case. */
    static String capitalized(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }

    /** A catalog phrase starting a clause inside a sentence ("Rétablir la publication" → "rétablir la publication"). */
    static String lowerInitial(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }

    /** The person's words as one or more sentences of their own: capital first, a stop at the end. */
    public static String sentence(String typed) {
        String text = Abbreviations.STANDARD.writtenOut(typed.strip());
        return text.isEmpty() ? text : withStop(capitalized(text));
    }

    /**
     * The person's words after a colon: lower case first, unless the first word is a name (one of
     * {@code names}, or a word in capitals like "I" or "URSSAF"); a stop at the end.
     */
    public static String afterColon(String typed, Set<String> names) {
        String text = Abbreviations.STANDARD.writtenOut(typed.strip());
        if (text.isEmpty()) {
            return text;
        }
        String first = text.split("[\\s’',.;:!?]", 2)[0];
        boolean name = first.isEmpty() || first.equals("I") || names.contains(fold(first))
                || first.codePoints().skip(1).anyMatch(Character::isUpperCase);
        return withStop(name ? text : lowerInitial(text));
    }

    private static String withStop(String text) {
        char last = text.charAt(text.length() - 1);
        return SENTENCE_ENDS.indexOf(last) >= 0 ? text : text + ".";
    }

    /** Lower case, no accents, apostrophes as spaces: how typed words are compared with lists. */
    public static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("")
                .replace('’', ' ').replace('\'', ' ').strip();
    }

    /** The folded words of a text. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_LETTERS.split(fold(text))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
