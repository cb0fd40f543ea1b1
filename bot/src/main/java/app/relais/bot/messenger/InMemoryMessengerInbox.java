package app.relais.bot.messenger;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The inbox of one process, for tests and for running without a database: duplicates are skipped, nothing survives a restart. */
final class InMemoryMessengerInbox implements MessengerInbox {

    private static final class Row {
        final MessengerEvent event;
        Instant handledAt;

        Row(MessengerEvent event) {
            this.event = event;
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized boolean store(MessengerEvent event, Instant receivedAt) {
        return rows.putIfAbsent(event.id(), new Row(event)) == null;
    }

    @Override
    public synchronized void handled(String id, Instant at) {
        Row row = rows.get(id);
        if (row != null && row.handledAt == null) {
            row.handledAt = at;
        }
    }

    @Override
    public synchronized List<MessengerEvent> unhandled() {
        return rows.values().stream().filter(r -> r.handledAt == null).map(r -> r.event)
                .sorted(Comparator.comparing(MessengerEvent::psid).thenComparingLong(MessengerEvent::timestamp))
                .toList();
    }

    @Override
    public synchronized int purgeHandledBefore(Instant cutoff) {
        int before = rows.size();
        rows.values().removeIf(r -> r.handledAt != null && r.handledAt.isBefore(cutoff));
        return before - rows.size();
    }
}
