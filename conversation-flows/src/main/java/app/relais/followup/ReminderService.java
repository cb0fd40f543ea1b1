package app.relais.followup;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Reply;
import app.relais.engine.ErasureListener;
import app.relais.files.FileIds;
import app.relais.outbox.Courier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules the follow-up reminder when a request is sent, cancels it when the case is solved or
 * erased, and fires due reminders through the conversation's outbox ({@link Courier}). Firing is
 * once: a reminder is claimed from the store before it is written to the outbox, so two instances
 * polling the same store never both send it; once in the outbox, the channel sends it, now or when
 * it can. Only a reminder whose channel has no gateway on this instance is given back, untouched,
 * for an instance that has one.
 */
public final class ReminderService implements ErasureListener {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);
    private static final int BATCH = 200;

    /** What a due reminder says; empty when there is nothing left to remind (the case was restarted). */
    public interface Messages {
        Optional<List<Reply>> compose(Reminder reminder);
    }

    private final ReminderStore store;
    private final Courier courier;
    private final Messages messages;
    private final Clock clock;
    private final Duration after;
    private final String instance = "relais-" + UUID.randomUUID();

    public ReminderService(ReminderStore store, Courier courier, Messages messages, Clock clock,
                           Duration after) {
        if (after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("the follow-up delay must be positive: " + after);
        }
        this.store = store;
        this.courier = courier;
        this.messages = messages;
        this.clock = clock;
        this.after = after;
    }

    /** How long after sending the follow-up is due. */
    public Duration after() {
        return after;
    }

    /** Schedules (or moves) the conversation's reminder to {@code sentAt} plus the follow-up delay. */
    public Reminder schedule(ConversationKey key, Instant sentAt) {
        Reminder reminder = new Reminder(FileIds.next(), key, sentAt.plus(after), clock.instant());
        store.schedule(reminder);
        return reminder;
    }

    public void cancel(ConversationKey key) {
        store.cancel(key);
    }

    public Optional<Reminder> pending(ConversationKey key) {
        return store.pending(key);
    }

    @Override
    public void erase(ConversationKey key) {
        store.cancel(key);
    }

    /** Sends every reminder due now; returns how many were sent. Called by a poller every few seconds. */
    public int fireDue() {
        int sent = 0;
        while (true) {
            List<Reminder> due = store.claimDue(clock.instant(), instance, BATCH);
            boolean gaveBack = false;
            for (Reminder reminder : due) {
                Outcome outcome = fire(reminder);
                sent += outcome == Outcome.SENT ? 1 : 0;
                gaveBack |= outcome == Outcome.GIVEN_BACK;
            }
            if (due.size() < BATCH || gaveBack) {
                return sent;
            }
        }
    }

    private enum Outcome { SENT, DROPPED, GIVEN_BACK }

    private Outcome fire(Reminder reminder) {
        if (!courier.reachable(reminder.key().channel())) {
            store.release(reminder.id(), instance);
            log.debug("no gateway for channel {} here; reminder {} left for another instance",
                    reminder.key().channel(), reminder.id());
            return Outcome.GIVEN_BACK;
        }
        try {
            Optional<List<Reply>> replies = messages.compose(reminder);
            if (replies.isEmpty()) {
                return Outcome.DROPPED;
            }
            courier.fromBot(reminder.key(), replies.get());
            return Outcome.SENT;
        } catch (RuntimeException e) {
            log.warn("reminder {} for {} could not be written; it is not retried", reminder.id(), reminder.key(), e);
            return Outcome.DROPPED;
        } finally {
            store.delivered(reminder.id(), instance);
        }
    }
}
