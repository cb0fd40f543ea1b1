package app.relais.webchat.socket;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import app.relais.conversation.Dispatch;
import app.relais.store.MessageTime;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids for frames whose message was not stored (the answer to /forget, which erases the
 * conversation's log with it): after the session's last id, stable or not, and at least the time in
 * microseconds × 100, the scale of stored ids ({@link app.relais.conversation.Dispatch}), so they
 * keep increasing after a restart or on another instance without any shared counter.
 */
final class FrameIds {

    private final Clock clock;
    private final Cache<String, AtomicLong> last = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1)).maximumSize(1_000_000).build();

    FrameIds(Clock clock) {
        this.clock = clock;
    }

    String next(String sessionId) {
        long floor = MessageTime.micros(clock.instant()) * Dispatch.PER_ROW;
        AtomicLong counter = last.get(sessionId, k -> new AtomicLong());
        return Long.toString(counter.updateAndGet(previous -> Math.max(previous + 1, floor)));
    }

    /** A stored message's id sent to the session: later unstored ids come after it. */
    String stable(String sessionId, long id) {
        last.get(sessionId, k -> new AtomicLong()).accumulateAndGet(id, Math::max);
        return Long.toString(id);
    }
}
