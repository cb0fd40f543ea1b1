package app.relais.bot.detection;

import app.relais.catalog.LocalizedText;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * What Relais remembers about incidents it declared by itself: which ones (an incident declared
 * by hand is never ended by a monitor), who confirmed them, and per channel the message an
 * administrator wrote in advance for the automatic end.
 */
public interface AutoIncidents {

    /** An incident a monitor declared; {@code confirmedBy} is null until an administrator confirms it. */
    record Detected(String incidentId, String channel, Instant detectedAt, String confirmedBy, Instant confirmedAt) {

        public boolean confirmed() {
            return confirmedBy != null;
        }
    }

    void detected(String incidentId, String channel, Instant at);

    /** Which of these incidents were declared automatically (one query for a whole page of them). */
    Set<String> automatic(Collection<String> incidentIds);

    Optional<Detected> find(String incidentId);

    /** Marks a detected incident as confirmed by a person; false when it was not declared automatically. */
    boolean confirm(String incidentId, String by, Instant at);

    /** The message the monitor ends this channel's incidents with; empty: the default sentence. */
    Optional<LocalizedText> recoveryMessage(String channel);

    void recoveryMessage(String channel, LocalizedText message);
}
