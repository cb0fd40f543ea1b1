package app.relais.handoff;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.OutboundGateway;
import app.relais.conversation.OutboundGateways;
import app.relais.conversation.Reply;
import app.relais.i18n.Messages;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the bot or an agent writes on their own to a customer: through the
 * {@link OutboundGateway} of the customer's channel when they can receive it, else into the
 * {@link Outbox} until they come back. Adapters register their gateway with
 * {@code RelaisCore.registerGateway} (one registry for the whole engine) and, when they have one,
 * their presence here.
 */
public final class Delivery {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private final OutboundGateways gateways;
    private final Map<String, Presence> presences = new ConcurrentHashMap<>();
    private final Outbox outbox;
    private final Clock clock;

    /** {@code gateways} is the registry the whole engine shares (reminders use it too). */
    public Delivery(OutboundGateways gateways, Outbox outbox, Clock clock) {
        this.gateways = gateways;
        this.outbox = outbox;
        this.clock = clock;
    }


    public void register(String channel, Presence presence) {
        presences.put(channel, presence);
    }

    public Outbox outbox() {
        return outbox;
    }

    /** An agent's message; true when it left now, false when it waits in the outbox. */
    public boolean fromAgent(ConversationKey to, String language, String agentName, String text) {
        OutboundGateway gateway = reachable(to);
        if (gateway != null) {
            try {
                if (gateway instanceof AgentLine line) {
                    line.sendAgent(to, agentName, text);
                } else {
                    gateway.send(to, List.of(Reply.text(Messages.of(language).get("handoff.agent-says", agentName, text))));
                }
                return true;
            } catch (RuntimeException e) {
                log.warn("could not deliver an agent message to {} now; it waits in the outbox", to, e);
            }
        }
        outbox.enqueue(to, new OutboxMessage(agentName, text, clock.instant()));
        return false;
    }

    /** A message of the bot itself; true when it left now, false when it waits in the outbox. */
    public boolean fromBot(ConversationKey to, String text) {
        OutboundGateway gateway = reachable(to);
        if (gateway != null) {
            try {
                gateway.send(to, List.of(Reply.text(text)));
                return true;
            } catch (RuntimeException e) {
                log.warn("could not deliver a message to {} now; it waits in the outbox", to, e);
            }
        }
        outbox.enqueue(to, new OutboxMessage(null, text, clock.instant()));
        return false;
    }

    private OutboundGateway reachable(ConversationKey to) {
        OutboundGateway gateway = gateways.of(to.channel()).orElse(null);
        Presence presence = presences.get(to.channel());
        if (gateway == null || (presence != null && !presence.online(to))) {
            return null;
        }
        return gateway;
    }
}
