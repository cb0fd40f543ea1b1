package app.relais.store;

import app.relais.conversation.ConversationKey;
import java.time.Instant;

/**
 * A conversation at rest (~0.4 KiB): which flow, which state, what was collected. {@code version}
 * increases with every save; stores use it for optimistic locking across instances.
 */
public record ConversationSnapshot(ConversationKey key, String flow, String state, CaseData data,
                                   long version, Instant updatedAt) {

    public ConversationSnapshot next(String newFlow, String newState, CaseData newData, Instant now) {
        return new ConversationSnapshot(key, newFlow, newState, newData, version + 1, now);
    }
}
