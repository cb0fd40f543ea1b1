package app.relais.outage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where incidents and their updates are kept (in memory for tests, a database in the app). */
public interface IncidentStore {

    /** Inserts a new incident or replaces a known one with its new updates and end. */
    void save(Incident incident);

    Optional<Incident> find(String id);

    /** The open incident of a channel, if any (at most one is open per channel). */
    Optional<Incident> openOn(String channel);

    List<Incident> open();

    /** Incidents still open or closed at or after {@code from}, newest first. */
    List<Incident> since(Instant from);
}
