package app.relais.conversation;

/**
 * How a channel sends what was committed to a conversation's outbox outside a turn: a due reminder,
 * an agent's answer. Each channel adapter registers one; it is found by {@link ConversationKey#channel()}.
 */
public interface OutboundGateway {

    String channel();

    /**
     * Sends {@code dispatch}, already committed, after whatever the conversation still owes, in
     * order; returns at once. When the person cannot receive it now (no open web chat, the platform
     * is down) it stays in the outbox and goes out when they come back or the channel recovers.
     */
    void send(Dispatch dispatch);
}
