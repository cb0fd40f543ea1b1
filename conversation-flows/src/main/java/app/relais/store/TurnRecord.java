package app.relais.store;

import app.relais.conversation.Dispatch;
import app.relais.conversation.Inbound;
import java.time.Instant;
import java.util.Objects;

/**
 * One turn as the conversation's log keeps it: what the person sent (secrets already masked) and
 * the replies it owes them. Written in the same transaction as the snapshot the turn produced, so
 * that a committed turn's replies are never lost, whatever crashes before they are sent.
 */
public record TurnRecord(Inbound inbound, Dispatch replies) {

    public TurnRecord {
        Objects.requireNonNull(inbound);
        Objects.requireNonNull(replies);
        if (!replies.stored()) {
            throw new IllegalArgumentException("a logged turn has an id");
        }
    }

    /** The row's id: the turn's time in microseconds since the epoch ({@link Dispatch}). */
    public long id() {
        return replies.id();
    }

    public Instant at() {
        return MessageTime.instant(replies.id());
    }
}
