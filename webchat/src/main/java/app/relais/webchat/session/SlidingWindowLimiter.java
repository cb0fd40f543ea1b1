package app.relais.webchat.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;

/**
 * At most {@code limit} events per key in any sliding {@code window}. Keys idle for a whole
 * window are forgotten, so memory follows the active keys only. A limit of 0 allows everything.
 */
public final class SlidingWindowLimiter {

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final Cache<String, ArrayDeque<Long>> recent;

    public SlidingWindowLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
        this.recent = Caffeine.newBuilder()
                .ticker(() -> clock.millis() * 1_000_000L)
                .expireAfterAccess(window)
                .build();
    }

    /** Counts one event for {@code key}; false (and not counted) when the key is over its limit. */
    public boolean tryAcquire(String key) {
        if (limit == 0) {
            return true;
        }
        long now = clock.millis();
        ArrayDeque<Long> times = recent.get(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
