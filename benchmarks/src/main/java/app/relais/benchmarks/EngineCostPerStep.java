package app.relais.benchmarks;

import app.relais.conversation.ConversationKey;
import app.relais.core.RelaisCore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time (not wall time) per engine event, by kind of step, on one thread: a figure that stays
 * meaningful on a machine shared with other builds, where JMH's events/s mostly measures how much
 * of the CPU this JVM was given. Replays every catalog journey {@code rounds} times and reports the
 * second half (the first half warms the JIT up).
 * <pre>
 * mvn -q -pl benchmarks -am verify -Pbenchmarks -DskipTests \
 *     -Dbench.main=app.relais.benchmarks.EngineCostPerStep -Djmh.args="40"
 * </pre>
 */
public final class EngineCostPerStep {

    private EngineCostPerStep() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        List<Journeys.Journey> journeys = Journeys.record(Clock.systemUTC());
        byte[] screenshot = Journeys.screenshot();
        RelaisCore core = RelaisCore.builder().build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, long[]> costs = new TreeMap<>();
        long cpuTotal = 0;
        long wallTotal = 0;
        long events = 0;
        for (int round = 0; round < rounds; round++) {
            boolean measured = round >= rounds / 2;
            int n = 0;
            for (Journeys.Journey journey : journeys) {
                ConversationKey key = new ConversationKey("bench", round + "-" + n++);
                for (int i = 0; i < journey.steps().size(); i++) {
                    Journeys.Step step = journey.steps().get(i);
                    long cpu = threads.getCurrentThreadCpuTime();
                    long wall = System.nanoTime();
                    core.engine().handle(Journeys.inbound(step, key, journey.locale(), core.intake(), screenshot));
                    wall = System.nanoTime() - wall;
                    cpu = threads.getCurrentThreadCpuTime() - cpu;
                    if (measured) {
                        long[] c = costs.computeIfAbsent(step.label(i), k -> new long[2]);
                        c[0] += cpu;
                        c[1]++;
                        cpuTotal += cpu;
                        wallTotal += wall;
                        events++;
                    }
                }
                core.erase(key);
            }
        }
        System.out.printf("events=%d journeys=%d mean CPU per event=%.1f µs (wall %.1f µs) -> %.0f events/s per core "
                        + "of CPU%n", events, journeys.size(), cpuTotal / 1e3 / events, wallTotal / 1e3 / events,
                events / (cpuTotal / 1e9));
        long total = cpuTotal;
        costs.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> System.out.printf("  %-22s n=%6d CPU mean=%7.1f µs share=%4.1f%%%n", e.getKey(),
                        e.getValue()[1], e.getValue()[0] / 1e3 / e.getValue()[1], 100.0 * e.getValue()[0] / total));
    }

}
