package app.relais.bot.telegram;

/**
 * Remembers which {@code update_id}s were taken in, so a redelivered update is answered once.
 * Telegram redelivers whatever was not confirmed, and the library confirms the offset before our
 * consumer runs, so duplicates and losses both happen around restarts. The in-memory
 * implementation covers one process; the durable one (persistence issue) implements this
 * interface so a restart neither answers an update twice nor loses one.
 */
interface ProcessedUpdates {

    /** Records {@code updateId}; true the first time it is seen, false for a redelivery. */
    boolean firstSeen(int updateId);
}
