package app.relais.bot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes a batch from the poller and hands each new update to its chat's lane. Nothing may escape
 * {@link #consume}: with telegrambots 9/10 a runtime exception thrown here ends the polling task
 * silently while the session still says it is running. The library has already confirmed the
 * batch's offset when this runs, so each update is recorded in {@link ProcessedUpdates} and a
 * redelivered one is skipped. Logs carry update ids and exception types, never message contents.
 */
final class UpdateConsumer implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateConsumer.class);

    private final ProcessedUpdates processed;
    private final ChatLanes lanes;
    private final Consumer<Update> handler;
    private final Object doneLock = new Object();
    private long done;

    UpdateConsumer(ProcessedUpdates processed, ChatLanes lanes, Consumer<Update> handler) {
        this.processed = processed;
        this.lanes = lanes;
        this.handler = handler;
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                accept(update);
            } catch (Throwable e) {
                log.error("update {} could not be taken in ({}); polling goes on", update.getUpdateId(),
                        e.getClass().getName());
                log.debug("update failure", e);
                finished();
            }
        }
    }

    private void accept(Update update) {
        if (!processed.firstSeen(update.getUpdateId())) {
            log.debug("update {} was already handled; skipped", update.getUpdateId());
            finished();
            return;
        }
        Long chatId = InboundMapper.chatOf(update);
        if (chatId == null) {
            finished();
            return;
        }
        lanes.submit(chatId, () -> {
            try {
                handler.accept(update);
            } finally {
                finished();
            }
        });
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
