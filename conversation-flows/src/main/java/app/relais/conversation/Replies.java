package app.relais.conversation;

import java.util.List;

/**
 * Everything the engine answers to one inbound event, in order. {@code id} is where the turn was
 * stored with its replies ({@link Dispatch#id()}): channels send them from there and mark them
 * sent; 0 when they were not stored.
 */
public record Replies(List<Reply> replies, long id) {

    public Replies {
        replies = List.copyOf(replies);
    }

    /** Replies that were not stored. */
    public Replies(List<Reply> replies) {
        this(replies, 0);
    }

    public static Replies of(Reply... replies) {
        return new Replies(List.of(replies));
    }

    /** What the conversation expects next: the last reply's expectation. */
    public Expects expects() {
        return replies.isEmpty() ? Expects.NONE : replies.get(replies.size() - 1).expects();
    }
}
