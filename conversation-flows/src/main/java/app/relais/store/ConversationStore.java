package app.relais.store;

import app.relais.conversation.ConversationKey;
import java.util.Optional;

/** Where conversation snapshots live between events. */
public interface ConversationStore {

    Optional<ConversationSnapshot> load(ConversationKey key);

    /**
     * Writes the snapshot through before returning. The snapshot's version must be exactly one more
     * than the stored one (or 1 for a new conversation); otherwise another instance got there
     * first and {@link ConcurrentUpdateException} is thrown so the caller can retry.
     */
    void save(ConversationSnapshot snapshot);

    /**
     * Like {@link #save(ConversationSnapshot)}, and writes the turn that led to the snapshot (the
     * person's message, the replies it owes) in the same transaction: a turn is never kept without
     * its replies, nor its replies without the turn. A store without a log writes the snapshot only.
     */
    default void save(ConversationSnapshot snapshot, TurnRecord turn) {
        save(snapshot);
    }

    void delete(ConversationKey key);
}
