package app.relais.triage;

import java.util.Locale;

/** Recognises a catalog problem from free text. */
public interface Triage {

    /** The likeliest problems for what a person typed, on any platform. */
    default TriageResult classify(String text, Locale locale) {
        return classify(text, locale, null);
    }

    /**
     * Like {@link #classify(String, Locale)}, among the problems of {@code platform} only when it is
     * not null: the person told us the platform after a first sentence that did not name it.
     */
    TriageResult classify(String text, Locale locale, String platform);
}
