package app.relais.handoff;

import app.relais.cluster.ClusterBus;
import app.relais.conversation.ConversationKey;
import java.util.List;

/**
 * An outbox that tells every instance when a message waits, so the instance holding the
 * customer's socket delivers it at once instead of when the customer next reconnects.
 */
public final class SignallingOutbox implements Outbox {

    private final Outbox delegate;
    private final ClusterBus bus;

    public SignallingOutbox(Outbox delegate, ClusterBus bus) {
        this.delegate = delegate;
        this.bus = bus;
    }

    @Override
    public void enqueue(ConversationKey conversation, OutboxMessage message) {
        delegate.enqueue(conversation, message);
        bus.publish(SIGNAL, conversation.asString());
    }

    @Override
    public List<OutboxMessage> drain(ConversationKey conversation) {
        return delegate.drain(conversation);
    }
}
