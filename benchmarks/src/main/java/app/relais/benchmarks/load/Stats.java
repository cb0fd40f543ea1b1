package app.relais.benchmarks.load;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    private final Map<String, Stats> byStep = new TreeMap<>();

    /** Time from sending a message to its first bot frame (or a ping to its pong), in nanoseconds, for a kind of step. */
    synchronized void latency(String step, long nanos) {
        latency(nanos);
        byStep.computeIfAbsent(step, s -> new Stats()).latency(nanos);
    }

    synchronized void latency(long nanos) {
        if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = nanos;
    }

    /** One line per kind of step: how many, p50 and p99, slowest p99 first. */
    synchronized List<String> latencyBySteps() {
        return byStep.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Stats> e) -> -e.getValue().percentileMillis(99)))
                .map(e -> String.format("  %-22s n=%6d p50=%8.2f ms p99=%8.2f ms", e.getKey(), e.getValue().count,
                        e.getValue().percentileMillis(50), e.getValue().percentileMillis(99)))
                .toList();
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
