package app.relais.conversation;

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
}
