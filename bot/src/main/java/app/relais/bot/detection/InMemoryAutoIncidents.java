package app.relais.bot.detection;

import app.relais.catalog.LocalizedText;
import java.time.Instant;
import java.util.Map;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;

/** The automatic incidents of one process, for tests and for running without a database. */
public final class InMemoryAutoIncidents implements AutoIncidents {

    private final Map<String, Detected> detected = new ConcurrentHashMap<>();
    private final Map<String, LocalizedText> recovery = new ConcurrentHashMap<>();

    @Override
    public void detected(String incidentId, String channel, Instant at) {
        detected.putIfAbsent(incidentId, new Detected(incidentId, channel, at, null, null));
    }

    @Override
    public Set<String> automatic(Collection<String> incidentIds) {
        return incidentIds.stream().filter(detected::containsKey).collect(Collectors.toSet());
    }

    @Override
    public Optional<Detected> find(String incidentId) {
        return Optional.ofNullable(detected.get(incidentId));
    }

    @Override
    public boolean confirm(String incidentId, String by, Instant at) {
        return detected.computeIfPresent(incidentId,
                (id, d) -> d.confirmed() ? d : new Detected(id, d.channel(), d.detectedAt(), by, at)) != null;
    }

    @Override
    public Optional<LocalizedText> recoveryMessage(String channel) {
        return Optional.ofNullable(recovery.get(channel));
    }

    @Override
    public void recoveryMessage(String channel, LocalizedText message) {
        recovery.put(channel, message);
    }
}
