package app.relais.conversation;

import java.util.List;
import java.util.Objects;

/**
 * Replies committed to a conversation's outbox, which its channel sends in order: a turn's replies
 * (committed in the same transaction as the turn) or a message the bot or an agent writes on its
 * own (committed before it is sent). {@code sent} of them were already accepted by the channel.
 *
 * <p>Ids are stable, derived from what is stored, never from when a reply is sent: a reply sent
 * again after a crash carries the id it had, so a client that already showed it drops it. The
 * stored {@code id} is a time in microseconds since the epoch, increasing within a conversation
 * (even for turns, odd for messages written on their own, so the two never collide); message
 * {@code n} of a row has the id {@code id × 100 + n}: 0 is the person's message of a turn, 1 and
 * above its replies. {@code id} 0 means "not stored" (the turn that erased its conversation).
 */
public record Dispatch(ConversationKey key, long id, Author author, String name, String language, List<Reply> replies,
                       int sent) {

    /** Messages per stored row: the person's, then at most 99 replies. */
    public static final int PER_ROW = 100;

    public Dispatch {
        Objects.requireNonNull(key);
        Objects.requireNonNull(author);
        replies = List.copyOf(replies);
        if (replies.size() >= PER_ROW) {
            throw new IllegalArgumentException("at most " + (PER_ROW - 1) + " replies at once, not " + replies.size());
        }
        if (sent < 0 || sent > replies.size()) {
            throw new IllegalArgumentException("sent " + sent + " of " + replies.size());
        }
    }

    /** What a turn answered, as the engine returned it (in the conversation's language after it): nothing sent yet. */
    public static Dispatch of(ConversationKey key, Replies replies) {
        return new Dispatch(key, replies.id(), Author.BOT, null, replies.language(), replies.replies(), 0);
    }

    /** The stable id of reply {@code index} (0 when the replies were not stored). */
    public long messageId(int index) {
        return stored() ? id * PER_ROW + 1 + index : 0;
    }

    /** Whether the replies are in the outbox (ids, marks); an unstored dispatch is sent once, as is. */
    public boolean stored() {
        return id > 0;
    }

    /** Every reply was accepted (or refused for good) by the channel. */
    public boolean done() {
        return sent == replies.size();
    }

    public Dispatch sentUpTo(int count) {
        return new Dispatch(key, id, author, name, language, replies, Math.max(sent, count));
    }
}
