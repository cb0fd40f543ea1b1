package app.relais.conversation;

import java.util.List;

/**
 * Everything the engine answers to one inbound event, in order, and what the channel should know
 * about the turn besides. {@code id} is where the turn was stored with its replies
 * ({@link Dispatch#id()}): channels send them from there and mark them sent; 0 when they were not
 * stored. {@code language} is the language the conversation speaks after it ("fr", "en"; it follows
 * {@code /lang}), {@code maskedText} is the person's own message as the engine kept it when a
 * password or a login code was masked in it (null otherwise), and {@code erased} says that the
 * conversation was erased ({@code /forget}).
 */
public record Replies(List<Reply> replies, long id, String language, String maskedText, boolean erased) {

    public Replies {
        replies = List.copyOf(replies);
    }

    /** Replies that were not stored. */
    public Replies(List<Reply> replies) {
        this(replies, 0, null, null, false);
    }

    /** Replies stored under {@code id}, with nothing else to say about the turn. */
    public Replies(List<Reply> replies, long id) {
        this(replies, id, null, null, false);
    }

    public static Replies of(Reply... replies) {
        return new Replies(List.of(replies));
    }

    /** What the conversation expects next: the last reply's expectation. */
    public Expects expects() {
        return replies.isEmpty() ? Expects.NONE : replies.get(replies.size() - 1).expects();
    }

    /** Whether a secret was masked in the person's message (the channel may hide or delete the original). */
    public boolean masked() {
        return maskedText != null;
    }
}
