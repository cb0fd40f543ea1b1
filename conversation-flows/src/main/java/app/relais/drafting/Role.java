package app.relais.drafting;

import app.relais.i18n.Messages;
import app.relais.store.CaseData;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is writing, said as what the person does ("J’organise l’événement concerné.", "Je suis
 * titulaire du compte concerné.") so that no agreement of gender can go wrong. A role typed
 * instead of tapped is read back to the button it plainly names (a few words, one role's words
 * only: "organisatrice", "la mère de la victime"); anything else is kept in the person's words
 * after "Pour me présenter :".
 */
final class Role {

    static final List<String> IDS = List.of("owner", "page-admin", "organizer", "business", "relative");
    /** More words than this and a typed role says more than a button could: it is kept as typed. */
    private static final int MAX_WORDS_TO_MATCH = 8;

    private Role() {
    }

    static String sentence(CaseData data, Set<String> names, Messages texts) {
        String choice = data.answer(DraftBuilder.ROLE_CHOICE);
        String typed = data.answer(DraftBuilder.ROLE);
        if (choice == null && typed != null) {
            choice = matching(typed);
        }
        if (choice != null && IDS.contains(choice)) {
            return texts.get("draft.role." + choice);
        }
        return typed == null || typed.isBlank() ? "" : texts.get("draft.role.typed", Phrases.afterColon(typed, names));
    }

    /** The one role whose words (in either language) the typed text uses, or null. */
    static String matching(String typed) {
        List<String> words = Phrases.words(typed);
        if (words.isEmpty() || words.size() > MAX_WORDS_TO_MATCH) {
            return null;
        }
        Set<String> typedWords = new HashSet<>(words);
        String found = null;
        for (String role : IDS) {
            if (uses(typedWords, role, Messages.of("fr")) || uses(typedWords, role, Messages.of("en"))) {
                if (found != null) {
                    return null;
                }
                found = role;
            }
        }
        return found;
    }

    private static boolean uses(Set<String> typed, String role, Messages texts) {
        return Phrases.words(texts.get("draft.role.words." + role)).stream().anyMatch(typed::contains);
    }
}
