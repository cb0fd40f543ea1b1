package app.relais.triage;

import java.util.Locale;

/** Recognises a catalog problem from free text. */
public interface Triage {

    TriageResult classify(String text, Locale locale);
}
