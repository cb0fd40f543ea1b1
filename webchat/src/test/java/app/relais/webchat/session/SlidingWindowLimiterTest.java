package app.relais.webchat.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.testing.MutableClock;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** 20 messages in any 10 seconds per session: a sliding window on an injected clock. */
class SlidingWindowLimiterTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T20:00:00Z");
    private final SlidingWindowLimiter limiter = new SlidingWindowLimiter(20, Duration.ofSeconds(10), clock);

    @Test
    void the21stMessageWithinTenSecondsIsRefused() {
        assertThat(IntStream.range(0, 20).allMatch(i -> limiter.tryAcquire("s1"))).isTrue();
        assertThat(limiter.tryAcquire("s1")).isFalse();
        assertThat(limiter.tryAcquire("s2")).as("another session is not affected").isTrue();
    }

    @Test
    void theWindowSlidesInsteadOfResettingOnTheClock() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("s1")).isTrue();
        }
        clock.advance(Duration.ofSeconds(6));
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("s1")).isTrue();
        }
        assertThat(limiter.tryAcquire("s1")).isFalse();
        clock.advance(Duration.ofSeconds(4));
        assertThat(limiter.tryAcquire("s1")).as("the first ten are now 10 s old").isTrue();
        assertThat(limiter.tryAcquire("s1")).isTrue();
        for (int i = 0; i < 8; i++) {
            assertThat(limiter.tryAcquire("s1")).isTrue();
        }
        assertThat(limiter.tryAcquire("s1")).as("the second ten are only 4 s old").isFalse();
    }

    @Test
    void refusedMessagesDoNotExtendThePenalty() {
        IntStream.range(0, 25).forEach(i -> limiter.tryAcquire("s1"));
        clock.advance(Duration.ofSeconds(10));
        assertThat(limiter.tryAcquire("s1")).isTrue();
    }

    @Test
    void aLimitOfZeroTurnsItOff() {
        SlidingWindowLimiter off = new SlidingWindowLimiter(0, Duration.ofMinutes(1), clock);
        assertThat(IntStream.range(0, 10_000).allMatch(i -> off.tryAcquire("10.0.0.1"))).isTrue();
    }
}
