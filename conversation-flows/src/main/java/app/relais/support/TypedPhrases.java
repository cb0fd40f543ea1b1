package app.relais.support;

import app.relais.engine.Turn;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Short answers compared with a list kept in the bundles ("non merci", "je sais pas", "rien de
 * nouveau"): case, accents, apostrophes, spacing and a final stop aside. The lists hold both
 * languages, so someone writing in English in a French chat is understood too.
 */
final class TypedPhrases {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private TypedPhrases() {
    }

    /** Whether {@code text} is one of the comma-separated phrases of the bundle key {@code list}. */
    static boolean isOneOf(String text, String list, Turn turn) {
        String typed = simple(text).replaceAll("[.!]+$", "");
        return Arrays.stream(turn.t(list).split(",")).map(TypedPhrases::simple).anyMatch(typed::equals);
    }

    /** Whether {@code text} uses one of the comma-separated words of the bundle key {@code list}. */
    static boolean usesAny(String text, String list, Turn turn) {
        java.util.Set<String> words = java.util.Set.of(simple(text).split("[^\\p{L}\\p{N}]+"));
        return Arrays.stream(turn.t(list).split(",")).map(TypedPhrases::simple).anyMatch(words::contains);
    }

    static String simple(String text) {
        return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('’', '\''), Normalizer.Form.NFD))
                .replaceAll("").replaceAll("\\s+", " ").strip();
    }
}
