package app.relais.email;

import app.relais.conversation.ConversationKey;
import java.time.Instant;
import java.util.List;

/**
 * Where emails wait until they are due. Like {@link app.relais.followup.ReminderStore}, several
 * instances share it: {@link #claimDue} hands a due email to exactly one claimant, so each is sent
 * once. A conversation has at most one pending email of each kind: scheduling again replaces it.
 * Once sent (or dropped) an email is deleted, its address with it.
 */
public interface EmailReminderStore {

    /** Stores the email, replacing the conversation's pending one of the same kind. */
    void schedule(EmailReminder reminder);

    /** The conversation's emails not yet claimed, soonest first. */
    List<EmailReminder> pending(ConversationKey key);

    /** Drops the conversation's pending emails whose kind starts with {@code kindPrefix}. */
    void cancel(ConversationKey key, String kindPrefix);

    /** Atomically claims at most {@code max} emails due at {@code now} for {@code claimant}, oldest first. */
    List<EmailReminder> claimDue(Instant now, String claimant, int max);

    /** The email {@code claimant} holds is done (sent, or nothing left to say): it is deleted. */
    void delivered(String id, String claimant);

    /** The email {@code claimant} holds could not be sent: it is due again at {@code next}, one attempt more. */
    void retry(String id, String claimant, Instant next);

    /** Deletes every pending email carrying {@code token}; returns how many. */
    int unsubscribe(String token);

    /** The language of the emails carrying {@code token}, for the unsubscribe page; null when none is left. */
    String languageOf(String token);
}
