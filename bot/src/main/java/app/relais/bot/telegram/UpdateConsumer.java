package app.relais.bot.telegram;

import app.relais.bot.channel.ChatLanes;
import app.relais.bot.channel.Inbox;
import app.relais.bot.channel.Sleeper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes updates in (a long-polling batch, or one webhook call), stores each in the channels'
 * {@link Inbox} (its update_id as the event's id, its chat as the conversation) before returning, then hands it to its chat's lane and marks it handled there.
 * The library confirms a batch's offset on its next {@code getUpdates}, which it sends only after
 * {@link #consume} returns: so what Telegram forgets is always already stored. A redelivered
 * update finds its id stored and is skipped. When the store fails, the poller keeps retrying
 * (with a capped back-off) instead of moving on: an update is never confirmed unstored.
 *
 * <p>Nothing may escape {@link #consume}: with telegrambots 9/10 a runtime exception thrown here
 * ends the polling task silently while the session still says it is running. Logs carry update
 * ids and exception types, never message contents.
 */
final class UpdateConsumer implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateConsumer.class);
    static final Duration FIRST_STORE_RETRY = Duration.ofMillis(100);
    static final Duration MAX_STORE_RETRY = Duration.ofSeconds(10);

    private final Inbox inbox;
    private final String instance;
    private final ChatLanes lanes;
    private final Predicate<Update> handler;
    private final ObjectMapper json;
    private final Clock clock;
    private final Sleeper sleeper;
    private final TelegramMetrics metrics;
    private final Object doneLock = new Object();
    private volatile boolean closed;
    private long done;

    UpdateConsumer(Inbox inbox, String instance, ChatLanes lanes, Predicate<Update> handler, ObjectMapper json,
                   Clock clock, Sleeper sleeper, TelegramMetrics metrics) {
        this.inbox = inbox;
        this.instance = instance;
        this.lanes = lanes;
        this.handler = handler;
        this.json = json;
        this.clock = clock;
        this.sleeper = sleeper;
        this.metrics = metrics;
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                storeRetrying(update);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) {
                log.error("update {} could not be taken in ({}); polling goes on", update.getUpdateId(),
                        e.getClass().getName());
                log.debug("update failure", e);
                finished();
            }
        }
    }

    /** The webhook's way in: stores the update (throws when the store fails, so Telegram retries). */
    void receive(Update update, String raw) {
        take(update, raw);
    }

    /** Hands over updates stored but never handled (by this process before a restart, or by a dead instance). */
    int takeOver(Instant staleBefore) {
        List<Inbox.Entry> stale = inbox.takeOver(instance, staleBefore, clock.instant());
        for (Inbox.Entry entry : stale) {
            try {
                Update update = json.readValue(entry.payload(), Update.class);
                queue(update, InboundMapper.chatOf(update), entry);
            } catch (JsonProcessingException | RuntimeException e) {
                log.error("stored update {} cannot be read back ({}); marked handled", entry.id(),
                        e.getClass().getName());
                inbox.handled(entry.id(), clock.instant());
            }
        }
        if (!stale.isEmpty()) {
            log.info("{} Telegram updates left unhandled before are being handled now", stale.size());
        }
        return stale.size();
    }

    /** Keeps this instance's claims alive and forgets updates handled long ago. */
    void maintain(Duration keepHandled) {
        Instant now = clock.instant();
        inbox.renew(instance, now);
        inbox.purgeHandledBefore(now.minus(keepHandled));
    }

    void stop() {
        closed = true;
    }

    private void storeRetrying(Update update) throws InterruptedException {
        String raw = write(update);
        Duration wait = FIRST_STORE_RETRY;
        while (true) {
            try {
                take(update, raw);
                return;
            } catch (RuntimeException e) {
                if (closed) {
                    // Not stored, and the poller is stopping: Telegram redelivers it after the restart,
                    // since no later getUpdates confirms it.
                    throw new InterruptedException("closing");
                }
                log.warn("update {} could not be stored ({}); retrying in {} ms", update.getUpdateId(),
                        e.getClass().getName(), wait.toMillis());
                sleeper.sleep(wait);
                wait = wait.multipliedBy(2).compareTo(MAX_STORE_RETRY) > 0 ? MAX_STORE_RETRY : wait.multipliedBy(2);
            }
        }
    }

    private void take(Update update, String raw) {
        Long chatId = InboundMapper.chatOf(update);
        Inbox.Entry entry = new Inbox.Entry(String.valueOf(update.getUpdateId()), chatId == null ? null : String.valueOf(chatId),
                update.getUpdateId(), raw, clock.instant());
        if (!inbox.store(entry, instance)) {
            log.debug("update {} was already taken in; skipped", update.getUpdateId());
            finished();
            return;
        }
        metrics.received();
        queue(update, chatId, entry);
    }

    /** {@code chatId}: the update's chat, read once by the caller (null: none we answer). */
    private void queue(Update update, Long chatId, Inbox.Entry entry) {
        metrics.queued();
        if (chatId == null) {
            markHandled(entry);
            finished();
            return;
        }
        lanes.submit(chatId, () -> {
            boolean complete = false;
            try {
                complete = handler.test(update);
            } finally {
                if (complete) {
                    markHandled(entry);
                } else {
                    metrics.abandoned();
                }
                finished();
            }
        });
    }

    private void markHandled(Inbox.Entry entry) {
        Instant now = clock.instant();
        try {
            inbox.handled(entry.id(), now);
        } catch (RuntimeException e) {
            // Answered but not marked: after a restart it would be answered again; nothing better to do.
            log.error("update {} was handled but could not be marked so ({})", entry.id(),
                    e.getClass().getName());
        }
        metrics.handled(Duration.between(entry.receivedAt(), now));
    }

    private String write(Update update) {
        try {
            return json.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an update could not be written as JSON", e);
        }
    }

    private void finished() {
        synchronized (doneLock) {
            done++;
            doneLock.notifyAll();
        }
    }

    /** Updates taken in and fully handled (answered, skipped as duplicates or failed) so far. */
    long handled() {
        synchronized (doneLock) {
            return done;
        }
    }

    /** Waits until at least {@code count} updates are handled; false on timeout. */
    boolean awaitHandled(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (doneLock) {
            while (done < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                doneLock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }
}
