package app.relais.webchat.socket;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bot frame ids: unique and increasing per session, so a client can order and de-duplicate.
 * Each id is at least the current time in microseconds-ish ({@code millis * 1000}), so ids keep
 * increasing after a restart or on another instance without any shared counter.
 */
final class FrameIds {

    private final Clock clock;
    private final Cache<String, AtomicLong> last = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1)).maximumSize(1_000_000).build();

    FrameIds(Clock clock) {
        this.clock = clock;
    }

    String next(String sessionId) {
        long floor = clock.millis() * 1000;
        AtomicLong counter = last.get(sessionId, k -> new AtomicLong());
        return Long.toString(counter.updateAndGet(previous -> Math.max(previous + 1, floor)));
    }
}
