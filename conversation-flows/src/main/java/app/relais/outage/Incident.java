package app.relais.outage;

import app.relais.catalog.LocalizedText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A problem on one of the business's channels, from its declaration to its end. The current
 * status and message are those of the last update; {@code closedAt} is null while it is open.
 */
public record Incident(String id, String channel, Instant openedAt, Instant closedAt, List<IncidentUpdate> updates) {

    public Incident {
        Objects.requireNonNull(id);
        Objects.requireNonNull(channel);
        Objects.requireNonNull(openedAt);
        updates = List.copyOf(updates);
        if (updates.isEmpty()) {
            throw new IllegalArgumentException("an incident has at least its declaration");
        }
    }

    public boolean open() {
        return closedAt == null;
    }

    public IncidentUpdate last() {
        return updates.get(updates.size() - 1);
    }

    public ServiceStatus status() {
        return open() ? last().status() : ServiceStatus.OPERATIONAL;
    }

    public LocalizedText message() {
        return last().message();
    }

    public Instant expectedResolution() {
        return last().expectedResolution();
    }

    public Instant lastUpdateAt() {
        return last().at();
    }

    Incident with(IncidentUpdate update) {
        List<IncidentUpdate> all = new ArrayList<>(updates);
        all.add(update);
        return new Incident(id, channel, openedAt, closedAt, all);
    }

    Incident closed(IncidentUpdate update) {
        List<IncidentUpdate> all = new ArrayList<>(updates);
        all.add(update);
        return new Incident(id, channel, openedAt, update.at(), all);
    }
}
