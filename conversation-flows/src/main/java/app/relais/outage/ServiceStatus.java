package app.relais.outage;

import java.util.Locale;

/** How well one of the business's channels works. */
public enum ServiceStatus {
    OPERATIONAL, DEGRADED, OUTAGE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ServiceStatus parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new app.relais.i18n.Refusal("incident.status", text);
        }
    }
}
