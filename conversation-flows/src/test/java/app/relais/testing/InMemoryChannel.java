package app.relais.testing;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.OutboundGateway;
import app.relais.conversation.Reply;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A channel that lives in memory: flows are tried and tested without any network, and the
 * messages the bot sends on its own (reminders, agent replies) are recorded per conversation.
 */
public final class InMemoryChannel implements OutboundGateway {

    public static final String NAME = "memory";
    /** A channel like the web chat: what it sends later reaches only an open page, and it knows the person's zone. */
    public static final String PAGE = "page";

    private final Map<ConversationKey, List<Reply>> pushed = new ConcurrentHashMap<>();
    private final String name;
    private final boolean reachesAway;
    private final ZoneId zone;

    public InMemoryChannel() {
        this(NAME, true, null);
    }

    private InMemoryChannel(String name, boolean reachesAway, ZoneId zone) {
        this.name = name;
        this.reachesAway = reachesAway;
        this.zone = zone;
    }

    /** A web-chat-like channel ({@link #PAGE}) whose pages say they are in {@code zone}. */
    public static InMemoryChannel page(ZoneId zone) {
        return new InMemoryChannel(PAGE, false, zone);
    }

    @Override
    public String channel() {
        return name;
    }

    @Override
    public boolean reachesAway() {
        return reachesAway;
    }

    @Override
    public Optional<ZoneId> zone(ConversationKey key) {
        return Optional.ofNullable(zone);
    }

    @Override
    public void send(ConversationKey key, List<Reply> replies) {
        pushed.computeIfAbsent(key, k -> new ArrayList<>()).addAll(replies);
    }

    public List<Reply> pushedTo(ConversationKey key) {
        return List.copyOf(pushed.getOrDefault(key, List.of()));
    }
}
