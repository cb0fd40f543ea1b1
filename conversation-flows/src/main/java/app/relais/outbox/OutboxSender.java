package app.relais.outbox;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one channel's committed replies in order, each conversation's after what it still owes,
 * and marks them sent. Callers send one conversation's messages one at a time (Telegram's chat
 * lanes, the web chat's per-session lock); different conversations run in parallel.
 *
 * <p>Marks never make a turn wait: each joins the next database commit. For a channel whose clients
 * do not recognise a message they already showed (Telegram, Messenger), a reply is marked as soon
 * as it is accepted and the next one goes out only once that mark is durable, so a crash sends at
 * most one reply twice; channels that pause between messages anyway (Telegram paces a chat at
 * about one message a second) lose nothing by it. A deduplicating client (the web chat, by id) is
 * marked once per dispatch.
 *
 * <p>When the channel fails in a way worth trying again, the conversation is "behind": its later
 * replies are not sent past the ones it owes (they would arrive out of order); the channel calls
 * {@link #flush} to try again (when the person comes back, periodically, at start).
 */
public final class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration MARK_PATIENCE = Duration.ofSeconds(10);

    private final Outbox outbox;
    /**
     * Bounded and forgotten after a day: a web session that never comes back must not stay here
     * for ever, and what a forgotten entry owed is still in the outbox (sent on resume, or found by
     * the channel's periodic {@link Outbox#owing} scan).
     */
    private final Cache<ConversationKey, Boolean> behind = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofDays(1)).build();
    /** Each conversation's latest mark not yet durable: read again only once it is. */
    private final Map<ConversationKey, CompletableFuture<Void>> marking = new ConcurrentHashMap<>();

    public OutboxSender(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Sends {@code dispatch} (a turn's replies, or a message written outside a turn) through
     * {@code outlet}, after anything older the conversation owes. True when the conversation owes
     * nothing any more; false when a failure left something owed (tried again by {@link #flush}),
     * or lost a reply that was not stored (the answer to /forget: there is nothing to try again from).
     */
    public boolean send(Dispatch dispatch, Outlet outlet) {
        if (!dispatch.stored()) {
            return deliver(dispatch, outlet);
        }
        if (behind.getIfPresent(dispatch.key()) != null) {
            return flush(dispatch.key(), 0, outlet);
        }
        return deliver(dispatch, outlet);
    }

    /**
     * Sends what the conversation is owed (see {@link Outbox#owed}), oldest first, stopping at the
     * first failure worth trying again. True when it owes nothing any more.
     */
    public boolean flush(ConversationKey key, long seenUpTo, Outlet outlet) {
        awaitMarks(key);
        List<Dispatch> owed = outbox.owed(key, seenUpTo);
        for (Dispatch dispatch : owed) {
            if (!deliver(dispatch, outlet)) {
                return false;
            }
        }
        behind.invalidate(key);
        return true;
    }

    /** Conversations left owing after a failure, for the channel to {@link #flush} later. */
    public Set<ConversationKey> behind() {
        return Set.copyOf(behind.asMap().keySet());
    }

    private boolean deliver(Dispatch dispatch, Outlet outlet) {
        int count = dispatch.replies().size();
        for (int i = dispatch.sent(); i < count; i++) {
            try {
                outlet.send(dispatch, i);
            } catch (Outlet.Refused refused) {
                log.warn("{} refused a reply to {} for good ({}); it is dropped", dispatch.key().channel(),
                        dispatch.key(), refused.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return leftOwing(dispatch, i, outlet, e);
            } catch (Exception e) {
                return leftOwing(dispatch, i, outlet, e);
            }
            if (dispatch.stored() && !outlet.deduplicates()) {
                mark(dispatch, i + 1);
                if (i + 1 < count) {
                    awaitMarks(dispatch.key());
                }
            }
        }
        if (dispatch.stored() && outlet.deduplicates() && count > dispatch.sent()) {
            mark(dispatch, count);
        }
        return true;
    }

    private boolean leftOwing(Dispatch dispatch, int index, Outlet outlet, Exception failure) {
        if (!dispatch.stored()) {
            log.warn("a reply to {} could not be sent ({})", dispatch.key(), failure.toString());
            return false;
        }
        if (outlet.deduplicates() && index > dispatch.sent()) {
            // The replies before this one were accepted and are not marked yet.
            mark(dispatch, index);
        }
        behind.put(dispatch.key(), Boolean.TRUE);
        log.info("replies to {} wait in the outbox ({})", dispatch.key(), failure.toString());
        return false;
    }

    private void mark(Dispatch dispatch, int count) {
        CompletableFuture<Void> done;
        try {
            done = outbox.sent(dispatch, count).toCompletableFuture();
        } catch (RuntimeException e) {
            log.warn("replies to {} sent but not marked ({}); they may be sent again", dispatch.key(), e.toString());
            return;
        }
        marking.put(dispatch.key(), done);
        done.whenComplete((ok, failure) -> {
            marking.remove(dispatch.key(), done);
            if (failure != null) {
                log.warn("replies to {} sent but not marked ({}); they may be sent again", dispatch.key(),
                        failure.toString());
            }
        });
    }

    /** Waits (bounded) until the conversation's marks are durable, so the outbox is read as it is. */
    private void awaitMarks(ConversationKey key) {
        CompletionStage<Void> pending = marking.get(key);
        if (pending == null) {
            return;
        }
        try {
            pending.toCompletableFuture().get(MARK_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Logged where the mark failed; reading the outbox now may send a reply again, never lose one.
        }
    }
}
