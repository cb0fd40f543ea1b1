package app.relais.handoff;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Reply;
import app.relais.outbox.Courier;
import java.util.List;

/**
 * Sends what the bot or an agent writes on their own to a customer, through the conversation's
 * outbox ({@link Courier}): committed first, so that it survives a crash and shows in the
 * transcript, then sent by the customer's channel now or when they come back.
 */
public final class Delivery {

    private final Courier courier;

    public Delivery(Courier courier) {
        this.courier = courier;
    }

    /**
     * An agent's message. True when the customer's channel runs on this instance (the message
     * leaves now, or when the customer comes back); false when it waits for an instance that has it.
     */
    public boolean fromAgent(ConversationKey to, String language, String agentName, String text) {
        courier.fromAgent(to, agentName, language, text);
        return courier.reachable(to.channel());
    }

    /** A message of the bot itself; true as for {@link #fromAgent}. */
    public boolean fromBot(ConversationKey to, String text) {
        courier.fromBot(to, List.of(Reply.text(text)));
        return courier.reachable(to.channel());
    }
}
