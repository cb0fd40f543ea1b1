package app.relais.webchat.socket;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The sockets open on this instance, by session: a session may have several tabs open. */
final class LiveSockets {

    private final Map<String, Set<ChatConnection>> bySession = new ConcurrentHashMap<>();

    void add(ChatConnection connection) {
        bySession.computeIfAbsent(connection.sessionId(), k -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    void remove(ChatConnection connection) {
        if (connection.sessionId() == null) {
            return;
        }
        bySession.computeIfPresent(connection.sessionId(), (k, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    List<ChatConnection> of(String sessionId) {
        return List.copyOf(bySession.getOrDefault(sessionId, Set.of()));
    }

    List<ChatConnection> all() {
        return bySession.values().stream().flatMap(Set::stream).toList();
    }

    int sessions() {
        return bySession.size();
    }
}
