package app.relais.drafting;

import app.relais.store.CaseData;

/**
 * The language of the request, chosen by the user and independent of the chat's: someone may chat
 * in French and write to an English-speaking support team. Until they choose, the chat's language.
 */
public final class DraftLanguage {

    /** Where the choice is kept among the conversation's answers. */
    public static final String ANSWER = "draft.language";

    private DraftLanguage() {
    }

    public static String of(CaseData data) {
        String chosen = data.answer(ANSWER);
        return chosen != null ? chosen : data.locale();
    }

    /** The other language, offered as a switch. */
    public static String other(String language) {
        return "en".equals(language) ? "fr" : "en";
    }
}
