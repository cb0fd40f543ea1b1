package app.relais.conversation;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link OutboundGateway} of each channel, by {@link ConversationKey#channel()}: how a message
 * the bot writes on its own (a due reminder, an agent's answer) finds its way to the user. Channel
 * adapters register theirs when they start; a channel that is off simply has none.
 */
public final class OutboundGateways {

    private final Map<String, OutboundGateway> byChannel = new ConcurrentHashMap<>();

    /** Registers (or replaces) the gateway of its channel. */
    public void register(OutboundGateway gateway) {
        byChannel.put(gateway.channel(), gateway);
    }

    public Optional<OutboundGateway> of(String channel) {
        return Optional.ofNullable(byChannel.get(channel));
    }

    /**
     * Whether a message the bot sends later reaches the person even away from the conversation;
     * false when the channel has no gateway here (nothing it sends on its own can reach them).
     */
    public boolean reachesAway(ConversationKey key) {
        return of(key.channel()).map(OutboundGateway::reachesAway).orElse(false);
    }

    /** The person's time zone, when their channel knows it. */
    public Optional<ZoneId> zone(ConversationKey key) {
        return of(key.channel()).flatMap(g -> g.zone(key));
    }
}
