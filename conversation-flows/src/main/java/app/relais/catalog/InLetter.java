package app.relais.catalog;

import java.util.List;
import java.util.Locale;

/**
 * The rule for {@code in_letter} texts: they are written to sit inside a sentence of the request
 * ("Je n’ai pas pu retrouver le lien de mon profil"), so they start in lower case, with their
 * article. A capital there is the sign of a label pasted where a phrase was wanted. The person's
 * own lists (the letter's, the dossier summary's) show the phrase without its article.
 */
final class InLetter {

    private static final List<String> FRENCH_ARTICLES = List.of("les ", "le ", "la ", "l’", "l'");
    private static final List<String> ENGLISH_ARTICLES = List.of("the ");

    private InLetter() {
    }

    static void check(LocalizedText text, String owner) {
        if (text == null) {
            throw new IllegalArgumentException(owner + " needs 'in_letter': how the request names it inside a sentence");
        }
        for (String phrase : new String[] {text.fr(), text.en()}) {
            if (!Character.isLowerCase(phrase.codePointAt(0))) {
                throw new IllegalArgumentException(owner + ": 'in_letter' is written as it reads inside a sentence,"
                        + " in lower case with its article (\"le lien de mon profil\"), not \"" + phrase + "\"");
            }
        }
    }

    /** "le lien de mon profil" as a list label: "Lien de mon profil"; "ce qui a changé": "Ce qui a changé". */
    static String label(String phrase, Locale locale) {
        String bare = phrase;
        for (String article : "en".equals(locale.getLanguage()) ? ENGLISH_ARTICLES : FRENCH_ARTICLES) {
            if (phrase.startsWith(article) && phrase.length() > article.length()) {
                bare = phrase.substring(article.length());
                break;
            }
        }
        int first = bare.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(bare, Character.charCount(first), bare.length()).toString();
    }
}
