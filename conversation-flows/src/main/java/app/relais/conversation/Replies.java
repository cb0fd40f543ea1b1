package app.relais.conversation;

import java.util.List;

/** Everything the engine answers to one inbound event, in order. */
public record Replies(List<Reply> replies) {

    public Replies {
        replies = List.copyOf(replies);
    }

    public static Replies of(Reply... replies) {
        return new Replies(List.of(replies));
    }

    /** What the conversation expects next: the last reply's expectation. */
    public Expects expects() {
        return replies.isEmpty() ? Expects.NONE : replies.get(replies.size() - 1).expects();
    }
}
