package app.relais.outage;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Incidents in a map: tests and single-process trials. */
public final class InMemoryIncidentStore implements IncidentStore {

    private final Map<String, Incident> incidents = new ConcurrentHashMap<>();

    @Override
    public void save(Incident incident) {
        incidents.put(incident.id(), incident);
    }

    @Override
    public Optional<Incident> find(String id) {
        return Optional.ofNullable(incidents.get(id));
    }

    @Override
    public Optional<Incident> openOn(String channel) {
        return open().stream().filter(i -> i.channel().equals(channel)).findFirst();
    }

    @Override
    public List<Incident> open() {
        return incidents.values().stream().filter(Incident::open)
                .sorted(Comparator.comparing(Incident::openedAt)).toList();
    }

    @Override
    public List<Incident> since(Instant from) {
        return incidents.values().stream().filter(i -> i.open() || !i.closedAt().isBefore(from))
                .sorted(Comparator.comparing(Incident::openedAt).reversed()).toList();
    }
}
