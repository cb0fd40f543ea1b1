package app.relais.email;

import app.relais.conversation.ConversationKey;
import java.time.Instant;
import java.util.Objects;

/**
 * One email due to {@code address} at {@code dueAt}. {@code kind} says what it reminds of
 * ({@code followup}, {@code crisis:social-post}...) and picks what writes it; {@code token} is the
 * unsubscribe token, shared by every email of the same conversation, so that one click stops them
 * all; {@code attempts} counts sends that failed.
 */
public record EmailReminder(String id, String token, ConversationKey key, String address, String language,
                            String kind, Instant dueAt, int attempts) {

    public EmailReminder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
