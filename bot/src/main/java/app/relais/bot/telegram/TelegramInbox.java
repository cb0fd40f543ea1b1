package app.relais.bot.telegram;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every update as it arrives, stored before it is handled and marked once it is. The long-polling
 * library confirms a batch to Telegram before our consumer has run, and a webhook call is answered
 * before its update is handled: storing first means a crash in between loses nothing, and keying
 * on {@code update_id} means a redelivered update (unconfirmed, retried, or posted to another
 * instance) counts once. An instance claims what it stores; claims are renewed while it lives, so
 * only the updates of an instance that died are taken over by another.
 */
interface TelegramInbox {

    /** One stored update: its raw JSON, the chat it belongs to (null: none we answer). */
    record Entry(long updateId, Long chatId, String json, Instant receivedAt) {
    }

    /** Stores a new update claimed by {@code instance}; false when its id is already stored, by anyone. */
    boolean store(Entry entry, String instance);

    /** Marks an update handled (answered, or failed and apologised for). */
    void handled(long updateId, Instant at);

    /**
     * Runs the turn the update causes so that the update is marked handled in the same transaction
     * as the turn (its snapshot and the replies it owes): once the turn is committed, the update is
     * never handled again, whatever crashes before its replies are sent. An inbox without a
     * database marks it after the turn.
     */
    <T> T handledWith(long updateId, Instant at, Supplier<T> turn);

    /** Keeps this instance's claims on its unhandled updates fresh. */
    void renew(String instance, Instant now);

    /**
     * Takes over unhandled updates claimed by other instances (or by this process before a
     * restart) whose claim is older than {@code staleBefore}; returns them in update_id order.
     */
    List<Entry> takeOver(String instance, Instant staleBefore, Instant now);

    /** Deletes updates handled before {@code cutoff}; returns how many. */
    int purgeHandledBefore(Instant cutoff);
}
