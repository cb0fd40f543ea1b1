package app.relais.followup;

import app.relais.conversation.ConversationKey;
import java.time.Instant;
import java.util.Objects;

/** A follow-up to push to a conversation when {@code dueAt} has passed. */
public record Reminder(String id, ConversationKey key, Instant dueAt, Instant scheduledAt) {

    public Reminder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
    }
}
