package app.relais.outage;

import app.relais.catalog.LocalizedText;

/**
 * What live sessions show on top of the chat while an incident is open: {@code WARNING} for an
 * outage, {@code INFO} for a degraded service. {@code text} null means "no banner any more".
 */
public record Banner(Level level, LocalizedText text) {

    public enum Level {
        INFO, WARNING;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final Banner NONE = new Banner(Level.INFO, null);

    public boolean cleared() {
        return text == null;
    }
}
