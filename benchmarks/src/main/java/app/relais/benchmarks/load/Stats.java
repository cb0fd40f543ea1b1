package app.relais.benchmarks.load;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/** What the simulated users saw, counted only for exchanges sent inside the measured window. */
final class Stats {

    final AtomicLong messages = new AtomicLong();
    final AtomicLong botFrames = new AtomicLong();
    final AtomicLong errorFrames = new AtomicLong();
    final AtomicLong lostReplies = new AtomicLong();
    final AtomicLong duplicatedReplies = new AtomicLong();
    final AtomicLong timeouts = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    final AtomicLong journeys = new AtomicLong();
    final AtomicLong conversations = new AtomicLong();
    private long[] latencies = new long[1 << 16];
    private int count;

    /** Time from sending a message to its first bot frame, in nanoseconds. */
    synchronized void latency(long nanos) {
        if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = nanos;
    }

    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.ceil(p / 100.0 * count) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    synchronized double maxMillis() {
        long max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, latencies[i]);
        }
        return max / 1e6;
    }
}
