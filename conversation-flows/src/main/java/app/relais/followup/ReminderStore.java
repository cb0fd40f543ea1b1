package app.relais.followup;

import app.relais.conversation.ConversationKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where reminders wait until they are due. Several instances of Relais may share one store, so
 * firing goes through a claim: {@link #claimDue} hands a due reminder to exactly one claimant, and
 * no later call, on any instance, returns it again unless it is {@linkplain #release released}.
 * A durable implementation does the claim in one statement, e.g.
 * {@code UPDATE reminder SET claimed_by = ?, claimed_at = ? WHERE due_at <= ? AND claimed_by IS NULL ...},
 * and keeps reminders across restarts.
 *
 * <p>A conversation has at most one pending (unclaimed) reminder: scheduling again replaces it.
 */
public interface ReminderStore {

    /** Stores the reminder, replacing the conversation's pending one if any. */
    void schedule(Reminder reminder);

    /** Drops the conversation's pending reminder (the case is solved, or the user said /forget). */
    void cancel(ConversationKey key);

    /** The conversation's pending reminder, if any. */
    Optional<Reminder> pending(ConversationKey key);

    /**
     * Atomically claims at most {@code max} reminders due at {@code now} that nobody has claimed,
     * oldest due first, for {@code claimant}. Two calls never return the same reminder.
     */
    List<Reminder> claimDue(Instant now, String claimant, int max);

    /** Gives back a reminder {@code claimant} holds but could not send (nothing was sent). */
    void release(String reminderId, String claimant);

    /** The reminder {@code claimant} holds was sent: it is done and forgotten. */
    void delivered(String reminderId, String claimant);
}
