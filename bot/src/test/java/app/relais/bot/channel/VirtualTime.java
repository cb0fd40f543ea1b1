package app.relais.bot.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;

/**
 * Time that passes only when the test moves it: a {@link Clock} for the limiter and the fake Bot
 * API, and a {@link Sleeper} whose sleepers wake when the clock reaches their deadline. {@link
 * #advanceToNextWakeUp()} jumps straight to the earliest deadline, so minutes of rate limiting
 * take milliseconds, and the timestamps the fake records are exactly the limiter's decisions.
 */
public final class VirtualTime extends Clock implements Sleeper {

    private final Instant start;
    private final PriorityQueue<Long> deadlines = new PriorityQueue<>();
    private long nanos;

    public VirtualTime(Instant start) {
        this.start = start;
    }

    @Override
    public synchronized Instant instant() {
        return start.plusNanos(nanos);
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        synchronized (this) {
            Long deadline = nanos + duration.toNanos();
            deadlines.add(deadline);
            notifyAll();
            try {
                while (nanos < deadline) {
                    wait();
                }
            } finally {
                deadlines.remove(deadline);
            }
        }
    }

    /** Sleepers whose deadline is still ahead (a woken one no longer counts, even before it runs). */
    public synchronized int asleep() {
        return (int) deadlines.stream().filter(d -> d > nanos).count();
    }

    /** Moves to the earliest deadline still ahead; false when nobody sleeps. */
    public synchronized boolean advanceToNextWakeUp() {
        Long next = deadlines.stream().filter(d -> d > nanos).min(Long::compare).orElse(null);
        if (next == null) {
            return false;
        }
        nanos = next;
        notifyAll();
        return true;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
