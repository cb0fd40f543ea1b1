package app.relais.email;

import app.relais.conversation.ConversationKey;
import app.relais.engine.ErasureListener;
import app.relais.files.FileIds;
import app.relais.i18n.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules reminders by email, sends them when due and honours unsubscribes. What an email says
 * is written when it is sent, from the conversation as it is then, by the {@link Composer} of its
 * kind; a conversation that was solved, restarted or erased gets nothing. Each email is claimed
 * before it is sent (one instance sends it); a send that fails is tried again later, a few times.
 */
public final class EmailReminders implements ErasureListener {

    /** Writes the email of one kind; empty when there is nothing left to remind. */
    public interface Composer {
        Optional<Content> compose(EmailReminder reminder);
    }

    /** Subject and body of an email, and the language they are written in. */
    public record Content(String subject, String text, String language) {
    }

    private static final Logger log = LoggerFactory.getLogger(EmailReminders.class);
    private static final int BATCH = 100;
    static final int MAX_ATTEMPTS = 4;
    static final Duration FIRST_RETRY = Duration.ofMinutes(5);

    private final EmailReminderStore store;
    private final EmailSender sender;
    private final Clock clock;
    private final Map<String, Composer> composers = new LinkedHashMap<>();
    private final String instance = "relais-" + UUID.randomUUID();

    public EmailReminders(EmailReminderStore store, EmailSender sender, Clock clock) {
        this.store = store;
        this.sender = sender;
        this.clock = clock;
    }

    /** Registers what writes the emails whose kind starts with {@code kindPrefix}. */
    public void compose(String kindPrefix, Composer composer) {
        composers.put(kindPrefix, composer);
    }

    /** Whether emails can be sent at all: without it, none is offered. */
    public boolean enabled() {
        return sender.enabled();
    }

    /**
     * Schedules (or moves) the conversation's email of {@code kind}. Every email of a conversation
     * shares one unsubscribe token, so one click stops them all.
     */
    public EmailReminder schedule(ConversationKey key, String address, String language, String kind, Instant dueAt) {
        String token = store.pending(key).stream().map(EmailReminder::token).findFirst().orElseGet(FileIds::next);
        EmailReminder reminder = new EmailReminder(FileIds.next(), token, key, address, language, kind, dueAt, 0);
        store.schedule(reminder);
        return reminder;
    }

    /** The conversation's pending emails, soonest first. */
    public List<EmailReminder> pending(ConversationKey key) {
        return store.pending(key);
    }

    public void cancel(ConversationKey key, String kindPrefix) {
        store.cancel(key, kindPrefix);
    }

    @Override
    public void erase(ConversationKey key) {
        store.cancel(key, "");
    }

    /** Stops every email carrying {@code token}; true when there were some. */
    public boolean unsubscribe(String token) {
        return store.unsubscribe(token) > 0;
    }

    /** The language of the emails carrying {@code token}, for the unsubscribe page; empty when none is left. */
    public Optional<String> languageOf(String token) {
        return Optional.ofNullable(store.languageOf(token));
    }

    /** Sends every email due now; returns how many were sent. Called by a poller every few seconds. */
    public int fireDue() {
        int sent = 0;
        while (true) {
            List<EmailReminder> due = store.claimDue(clock.instant(), instance, BATCH);
            for (EmailReminder reminder : due) {
                sent += fire(reminder) ? 1 : 0;
            }
            if (due.size() < BATCH) {
                return sent;
            }
        }
    }

    private boolean fire(EmailReminder reminder) {
        Optional<Content> content;
        try {
            content = composer(reminder.kind()).flatMap(c -> c.compose(reminder));
        } catch (RuntimeException e) {
            log.warn("email reminder {} for {} could not be written; dropped", reminder.id(), reminder.key(), e);
            store.delivered(reminder.id(), instance);
            return false;
        }
        if (content.isEmpty()) {
            store.delivered(reminder.id(), instance);
            return false;
        }
        try {
            sender.send(email(reminder, content.get()));
            store.delivered(reminder.id(), instance);
            return true;
        } catch (RuntimeException e) {
            retryOrDrop(reminder, e);
            return false;
        }
    }

    private void retryOrDrop(EmailReminder reminder, RuntimeException e) {
        if (reminder.attempts() + 1 >= MAX_ATTEMPTS) {
            log.warn("email reminder {} for {} failed {} times ({}); dropped", reminder.id(), reminder.key(),
                    MAX_ATTEMPTS, e.getClass().getName());
            store.delivered(reminder.id(), instance);
            return;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << reminder.attempts());
        log.info("email reminder {} for {} could not be sent ({}); trying again in {} min", reminder.id(),
                reminder.key(), e.getClass().getName(), wait.toMinutes());
        store.retry(reminder.id(), instance, clock.instant().plus(wait));
    }

    private Email email(EmailReminder reminder, Content content) {
        String unsubscribe = sender.unsubscribeUrl(reminder.token(), content.language());
        String footer = Messages.of(content.language()).get("reminders.email.footer", unsubscribe);
        return new Email(reminder.address(), content.subject(), content.text() + "\n\n-- \n" + footer,
                content.language(), unsubscribe);
    }

    private Optional<Composer> composer(String kind) {
        return composers.entrySet().stream().filter(e -> kind.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }
}
