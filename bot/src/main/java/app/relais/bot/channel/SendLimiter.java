package app.relais.bot.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The outgoing rate limiter in the {@link SendGate} slot: a message waits until its chat's bucket,
 * its group's bucket (negative chat ids) and the global bucket all have room, then takes from the
 * three at once. Each bucket is kept as the generic cell rate algorithm's single number (the
 * theoretical arrival time, in nanoseconds), which is a token bucket without floating point. A
 * caller that must wait sleeps, through the injected {@link Sleeper}, exactly until the earliest
 * moment all three could allow it, then checks again (another chat may have taken the global slot
 * meanwhile): no busy waiting. The order within a chat is its lane's: one send at a time.
 * Buckets that have refilled completely are forgotten, so idle chats cost nothing.
 */
public final class SendLimiter implements SendGate {

    private static final int SWEEP_EVERY = 4096;

    private final Clock clock;
    private final Sleeper sleeper;
    private final long chatInterval;
    private final long chatTolerance;
    private final long groupInterval;
    private final long groupTolerance;
    private final long globalInterval;
    private final long globalTolerance;
    private final Map<Long, Long> chats = new HashMap<>();
    private final Map<Long, Long> groups = new HashMap<>();
    private long global = Long.MIN_VALUE;
    private int grantsSinceSweep;

    public SendLimiter(SendLimits limits, Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.chatInterval = limits.chatInterval().toNanos();
        this.chatTolerance = (limits.chatBurst() - 1) * chatInterval;
        this.groupInterval = limits.groupInterval().toNanos();
        this.groupTolerance = (limits.groupBurst() - 1) * groupInterval;
        this.globalInterval = limits.globalInterval().toNanos();
        this.globalTolerance = (limits.globalBurst() - 1) * globalInterval;
    }

    @Override
    public void awaitTurn(long chatId) throws InterruptedException {
        while (true) {
            long wait = tryTake(chatId);
            if (wait <= 0) {
                return;
            }
            sleeper.sleep(Duration.ofNanos(wait));
        }
    }

    /** Takes a slot and returns 0, or returns how long to wait before one could be free. */
    private synchronized long tryTake(long chatId) {
        long now = nanos(clock.instant());
        boolean group = chatId < 0;
        long chat = chats.getOrDefault(chatId, Long.MIN_VALUE);
        long groupTat = group ? groups.getOrDefault(chatId, Long.MIN_VALUE) : Long.MIN_VALUE;
        long wait = Math.max(delay(global, globalTolerance, now), delay(chat, chatTolerance, now));
        if (group) {
            wait = Math.max(wait, delay(groupTat, groupTolerance, now));
        }
        if (wait > 0) {
            return wait;
        }
        global = Math.max(global, now) + globalInterval;
        chats.put(chatId, Math.max(chat, now) + chatInterval);
        if (group) {
            groups.put(chatId, Math.max(groupTat, now) + groupInterval);
        }
        if (++grantsSinceSweep >= SWEEP_EVERY) {
            grantsSinceSweep = 0;
            chats.values().removeIf(tat -> tat <= now);
            groups.values().removeIf(tat -> tat <= now);
        }
        return 0;
    }

    /** GCRA: a cell conforms when now >= TAT - tolerance; otherwise the remaining nanoseconds. */
    private static long delay(long tat, long tolerance, long now) {
        if (tat == Long.MIN_VALUE) {
            return 0;
        }
        return tat - tolerance - now;
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /** Buckets currently remembered (for tests: idle chats must not accumulate). */
    public synchronized int trackedChats() {
        return chats.size();
    }
}
