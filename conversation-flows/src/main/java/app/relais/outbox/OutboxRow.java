package app.relais.outbox;

import app.relais.conversation.Dispatch;
import app.relais.conversation.Inbound;
import java.util.Objects;

/**
 * One stored row of a conversation's outbox: a turn (what the person sent, masked, and the
 * replies it owes) or a message written outside a turn ({@code person} null).
 */
public record OutboxRow(Inbound person, Dispatch dispatch) {

    public OutboxRow {
        Objects.requireNonNull(dispatch);
    }
}
