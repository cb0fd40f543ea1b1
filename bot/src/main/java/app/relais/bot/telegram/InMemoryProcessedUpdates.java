package app.relais.bot.telegram;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last {@code capacity} update ids of this process. Telegram keeps unconfirmed updates for
 * 24 hours, but a redelivery within one process only follows a few batches, so a bounded window
 * is enough here and memory stays constant.
 */
final class InMemoryProcessedUpdates implements ProcessedUpdates {

    private final Map<Integer, Boolean> seen;

    InMemoryProcessedUpdates(int capacity) {
        this.seen = new LinkedHashMap<>(capacity * 4 / 3 + 1) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized boolean firstSeen(int updateId) {
        return seen.put(updateId, Boolean.TRUE) == null;
    }
}
