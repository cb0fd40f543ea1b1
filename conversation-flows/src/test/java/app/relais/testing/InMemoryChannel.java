package app.relais.testing;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.OutboundGateway;
import app.relais.conversation.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A channel that lives in memory: flows are tried and tested without any network, and the
 * messages the bot sends on its own (reminders, agent replies) are recorded per conversation.
 */
public final class InMemoryChannel implements OutboundGateway {

    public static final String NAME = "memory";

    private final Map<ConversationKey, List<Reply>> pushed = new ConcurrentHashMap<>();

    @Override
    public String channel() {
        return NAME;
    }

    @Override
    public void send(ConversationKey key, List<Reply> replies) {
        pushed.computeIfAbsent(key, k -> new ArrayList<>()).addAll(replies);
    }

    public List<Reply> pushedTo(ConversationKey key) {
        return List.copyOf(pushed.getOrDefault(key, List.of()));
    }
}
