package app.relais.bot.channel;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * A channel's events as they arrive, stored before they are handled and marked once they are:
 * a platform that is told an event arrived (a webhook's 200, a long poll's next offset) before it
 * is handled loses nothing to a crash in between, and keying on the platform's own id makes an
 * event delivered again count once. An instance claims what it stores; claims are renewed while
 * it lives, so only the events of an instance that died are taken over by another. One inbox
 * holds one channel's events.
 */
public interface Inbox {

    /**
     * One stored event: the platform's id for it, the conversation it belongs to (null: none that
     * is answered), its position (the order events of one conversation are handled in: an update
     * number, a timestamp), the payload as received, when it was stored.
     */
    record Entry(String id, String conversation, long position, String payload, Instant receivedAt) {
    }

    /** Stores a new event claimed by {@code instance}; false when its id is already stored, by anyone. */
    boolean store(Entry entry, String instance);

    /** Marks an event handled (answered, or failed and apologised for). */
    void handled(String id, Instant at);

    /**
     * Runs the turn the event causes and marks the event handled with it: in the same transaction
     * as the turn's snapshot and the replies it owes when the inbox is in the conversations'
     * database, so that a committed turn is never handled again whatever crashes before its replies
     * are sent; after the turn otherwise.
     */
    <T> T handledWith(String id, Instant at, Supplier<T> turn);

    /** Keeps this instance's claims on its unhandled events fresh. */
    void renew(String instance, Instant now);

    /**
     * Takes over unhandled events claimed by other instances (or by this process before a restart)
     * whose claim is older than {@code staleBefore}; returns them by conversation, in position order.
     */
    List<Entry> takeOver(String instance, Instant staleBefore, Instant now);

    /** Replaces what is kept of an event (a secret masked out of the person's text). */
    void redact(String id, String payload);

    /**
     * Empties what is kept of the handled events of {@code conversation} (/forget); their ids stay
     * until the purge, so that an event the platform delivers again is still skipped. Returns how many.
     */
    int erase(String conversation);

    /** Deletes events handled before {@code cutoff}; returns how many. */
    int purgeHandledBefore(Instant cutoff);
}
