package app.relais.drafting;

import app.relais.catalog.Severity;

/**
 * How the request sounds. A removed post calls for a formal, measured request; a hacked account,
 * threats or a banned number call for urgency, still professional: support agents act faster on a
 * calm message that states why it cannot wait than on an angry one.
 */
public enum Tone {
    FORMAL, URGENT;

    public static Tone of(Severity severity) {
        return severity == Severity.HIGH || severity == Severity.CRITICAL ? URGENT : FORMAL;
    }

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
