package app.relais.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The times that identify a conversation's stored messages ({@link app.relais.conversation.Dispatch#id()}):
 * microseconds since the epoch, even for turns and odd for messages written outside a turn, so that
 * a turn and a message an agent writes at the same instant never share an id. Within a conversation
 * a turn's time is always after the previous turn's, and a message written outside a turn after
 * every stored row, even on a clock that stands still (tests) or steps back. A turn that follows
 * such a message within the same microsecond, or within the clock difference between two
 * instances, is ordered by its clock.
 */
public final class MessageTime {

    private static final long MICROS = 1_000_000L;

    private MessageTime() {
    }

    /** The time of a turn that starts at {@code now} after a turn saved at {@code previous} (null: none). */
    public static Instant turn(Instant now, Instant previous) {
        long at = even(micros(now));
        if (previous != null && at <= micros(previous)) {
            at = even(micros(previous) + 2);
        }
        return instant(at);
    }

    /**
     * The id of a message written outside a turn at {@code now}, after the conversation's latest
     * stored row {@code latest} (0: none): odd, and after it even on a clock that stands still.
     */
    public static long posted(Instant now, long latest) {
        return Math.max(micros(now), latest + 1) | 1;
    }

    public static long micros(Instant instant) {
        return instant.getEpochSecond() * MICROS + instant.getNano() / 1000;
    }

    public static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    private static long even(long micros) {
        return micros & ~1L;
    }
}
