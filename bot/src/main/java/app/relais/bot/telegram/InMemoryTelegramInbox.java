package app.relais.bot.telegram;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The inbox of one process, for tests and for running without a database: redeliveries are
 * skipped, but nothing survives a restart. Handled updates are purged like the durable ones.
 */
final class InMemoryTelegramInbox implements TelegramInbox {

    private static final class Row {
        final Entry entry;
        String claimedBy;
        Instant claimedAt;
        Instant handledAt;

        Row(Entry entry, String claimedBy) {
            this.entry = entry;
            this.claimedBy = claimedBy;
            this.claimedAt = entry.receivedAt();
        }
    }

    private final Map<Long, Row> rows = new TreeMap<>();

    @Override
    public synchronized boolean store(Entry entry, String instance) {
        return rows.putIfAbsent(entry.updateId(), new Row(entry, instance)) == null;
    }

    @Override
    public synchronized void handled(long updateId, Instant at) {
        Row row = rows.get(updateId);
        if (row != null && row.handledAt == null) {
            row.handledAt = at;
        }
    }

    @Override
    public <T> T handledWith(long updateId, Instant at, Supplier<T> turn) {
        T result = turn.get();
        handled(updateId, at);
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
        return taken;
    }

    @Override
    public synchronized int purgeHandledBefore(Instant cutoff) {
        int before = rows.size();
        rows.values().removeIf(r -> r.handledAt != null && r.handledAt.isBefore(cutoff));
        return before - rows.size();
    }
}
