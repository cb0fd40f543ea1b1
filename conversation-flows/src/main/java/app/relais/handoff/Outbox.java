package app.relais.handoff;

import app.relais.conversation.ConversationKey;
import java.util.List;

/**
 * Messages for customers who could not receive them when they were written, kept per
 * conversation. A channel adapter calls {@link #drain} when the customer comes back (the web chat
 * on {@code hello} with a resumed session) and sends them in order; drained messages are gone.
 */
public interface Outbox {

    void enqueue(ConversationKey conversation, OutboxMessage message);

    /** The waiting messages, oldest first, removed from the outbox. */
    List<OutboxMessage> drain(ConversationKey conversation);
}
