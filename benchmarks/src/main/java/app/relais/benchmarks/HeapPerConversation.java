package app.relais.benchmarks;

import app.relais.bot.store.CachedConversationStore;
import app.relais.conversation.ConversationKey;
import app.relais.core.RelaisCore;
import app.relais.files.InMemoryFileStore;
import app.relais.outbox.InMemoryOutbox;
import app.relais.store.CaffeineConversationStore;
import app.relais.store.ConversationSnapshot;
import app.relais.store.ConversationStore;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Retained heap per conversation: the used heap after full GCs with N conversations in the store,
 * minus the used heap with the same engine before them, divided by N. Two cases:
 * <ul>
 *   <li>{@code idle}: the engine with its in-memory Caffeine store (as {@code RelaisCore} builds it),
 *   each conversation walked through its first {@code depth} steps (/start, first sentence,
 *   confirmation) and left waiting. Target: at most 1 KiB; no state machine is kept per conversation
 *   (the engine's machine pool is a few machines per flow whatever N is).</li>
 *   <li>{@code cached}: the application's {@link CachedConversationStore} (Caffeine in front of the
 *   database) holding snapshots of conversations walked up to the review (every evidence item
 *   answered, role, facts, impact, outcome; journeys that need a screenshot stop before it). The
 *   durable side keeps nothing in heap here, so only the cache is counted. Target: at most 4 KiB.</li>
 * </ul>
 * Run from the repository root (figures in {@code benchmarks/results/heap.txt}):
 * <pre>
 * mvn -q -pl benchmarks -am verify -Pbenchmarks -DskipTests -Dbench.jvm=-Xmx2g \
 *     -Dbench.main=app.relais.benchmarks.HeapPerConversation -Djmh.args="idle 20000"
 * mvn -q -pl benchmarks -am verify -Pbenchmarks -DskipTests -Dbench.jvm=-Xmx2g \
 *     -Dbench.main=app.relais.benchmarks.HeapPerConversation -Djmh.args="cached 20000"
 * </pre>
 */
public final class HeapPerConversation {

    private HeapPerConversation() {
    }

    public static void main(String[] args) throws InterruptedException {
        String mode = args.length > 0 ? args[0] : "idle";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        List<Journeys.Journey> journeys = Journeys.record(Clock.systemUTC());
        boolean cached = mode.equals("cached");
        ConversationStore store = cached
                ? new CachedConversationStore(new NothingKept(), 100_000, Duration.ofMinutes(30))
                : new CaffeineConversationStore(100_000, Duration.ofDays(30));
        // The application keeps the conversations' logs in the database, not in heap: an outbox
        // that the store never writes to keeps them out of the figure, as in the application.
        RelaisCore core = RelaisCore.builder().conversations(store)
                .outbox(new InMemoryOutbox(Clock.systemUTC(), new InMemoryFileStore(Clock.systemUTC()))).build();
        // Warm the engine (classes, pools, lazily built tables) with conversations that are then erased.
        walk(core, journeys, "warm", 2_000, cached);
        long before = usedAfterGc();
        int[] steps = walk(core, journeys, "n", count, cached);
        long after = usedAfterGc();
        double perConversation = (after - before) / (double) count;
        System.out.printf("mode=%s conversations=%d steps-per-conversation=%.1f heap-before=%d heap-after=%d "
                        + "retained-per-conversation=%.0f bytes (%.2f KiB)%n",
                mode, count, steps[0] / (double) count, before, after, perConversation, perConversation / 1024);
        // Keep everything reachable until measured.
        if (store.load(new ConversationKey("bench", "n-0")).isEmpty()) {
            throw new IllegalStateException("conversation n-0 was not kept");
        }
    }

    /** Walks {@code count} conversations to their waiting point; warm-up ones are erased afterwards. */
    private static int[] walk(RelaisCore core, List<Journeys.Journey> journeys, String prefix, int count, boolean deep) {
        int steps = 0;
        for (int i = 0; i < count; i++) {
            Journeys.Journey journey = journeys.get(i % journeys.size());
            ConversationKey key = new ConversationKey("bench", prefix + "-" + i);
            int stop = deep ? reviewOrUpload(journey) : 3;
            for (int s = 0; s < stop; s++) {
                core.engine().handle(Journeys.inbound(journey.steps().get(s), key, journey.locale(), core.intake(), null));
                steps++;
            }
            if (prefix.equals("warm")) {
                core.erase(key);
            }
        }
        return new int[] {steps};
    }

    /** The number of steps before the approval of the draft, or before the first screenshot. */
    private static int reviewOrUpload(Journeys.Journey journey) {
        List<Journeys.Step> steps = journey.steps();
        for (int i = 0; i < steps.size(); i++) {
            Journeys.Step step = steps.get(i);
            if (step.kind() == Journeys.Kind.UPLOAD || step.value().equals("approve")) {
                return i;
            }
        }
        return steps.size();
    }

    private static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** A database that keeps nothing in this JVM's heap: saves are accepted and forgotten. */
    private static final class NothingKept implements ConversationStore {
        @Override
        public Optional<ConversationSnapshot> load(ConversationKey key) {
            return Optional.empty();
        }

        @Override
        public void save(ConversationSnapshot snapshot) {
            // forgotten on purpose: only the cache in front of it is measured
        }

        @Override
        public void delete(ConversationKey key) {
            // nothing kept
        }
    }
}
