package app.relais.bot.channel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The inbox of one process, for tests and for running without a database: events delivered again
 * are skipped, but nothing survives a restart. Handled events are purged like the durable ones.
 */
public final class InMemoryInbox implements Inbox {

    private static final class Row {
        Entry entry;
        String claimedBy;
        Instant claimedAt;
        Instant handledAt;

        Row(Entry entry, String claimedBy) {
            this.entry = entry;
            this.claimedBy = claimedBy;
            this.claimedAt = entry.receivedAt();
        }
    }

    private static final String ERASED = "{}";

    private final Map<String, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized boolean store(Entry entry, String instance) {
        return rows.putIfAbsent(entry.id(), new Row(entry, instance)) == null;
    }

    @Override
    public synchronized void handled(String id, Instant at) {
        Row row = rows.get(id);
        if (row != null && row.handledAt == null) {
            row.handledAt = at;
        }
    }

    @Override
    public <T> T handledWith(String id, Instant at, Supplier<T> turn) {
        T result = turn.get();
        handled(id, at);
        return result;
    }

    @Override
    public synchronized void renew(String instance, Instant now) {
        rows.values().stream().filter(r -> r.handledAt == null && r.claimedBy.equals(instance))
                .forEach(r -> r.claimedAt = now);
    }

    @Override
    public synchronized List<Entry> takeOver(String instance, Instant staleBefore, Instant now) {
        List<Entry> taken = new ArrayList<>();
        for (Row row : rows.values()) {
            if (row.handledAt == null && !row.claimedBy.equals(instance) && row.claimedAt.isBefore(staleBefore)) {
                row.claimedBy = instance;
                row.claimedAt = now;
                taken.add(row.entry);
            }
        }
        taken.sort(Comparator.comparing((Entry e) -> String.valueOf(e.conversation())).thenComparingLong(Entry::position));
        return taken;
    }

    @Override
    public synchronized void redact(String id, String payload) {
        Row row = rows.get(id);
        if (row != null) {
            Entry e = row.entry;
            row.entry = new Entry(e.id(), e.conversation(), e.position(), payload, e.receivedAt());
        }
    }

    @Override
    public synchronized int erase(String conversation) {
        int erased = 0;
        for (Row row : rows.values()) {
            if (row.handledAt != null && conversation.equals(row.entry.conversation())) {
                row.entry = new Entry(row.entry.id(), row.entry.conversation(), row.entry.position(), ERASED,
                        row.entry.receivedAt());
                erased++;
            }
        }
        return erased;
    }

    @Override
    public synchronized int purgeHandledBefore(Instant cutoff) {
        int before = rows.size();
        rows.values().removeIf(r -> r.handledAt != null && r.handledAt.isBefore(cutoff));
        return before - rows.size();
    }
}
