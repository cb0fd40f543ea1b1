package app.relais.testing;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.OutboundGateway;
import app.relais.conversation.Reply;
import app.relais.outbox.Outbox;
import app.relais.outbox.OutboxSender;
import app.relais.outbox.Outlet;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A channel that lives in memory: flows are tried and tested without any network, and the
 * messages the bot sends on its own (reminders, agent replies) are recorded per conversation, an
 * agent's introduced by their name as channels without an agent view show it. Built over an
 * outbox, it sends through the shared {@link OutboxSender} like a real channel and can go offline:
 * messages then stay owed until {@link #cameBack}.
 */
public final class InMemoryChannel implements OutboundGateway, Outlet {

    public static final String NAME = "memory";
    /** A channel like the web chat: what it sends later reaches only an open page, and it knows the person's zone. */
    public static final String PAGE = "page";

    private final Map<ConversationKey, List<Reply>> pushed = new ConcurrentHashMap<>();
    private final String name;
    private final boolean reachesAway;
    private final ZoneId zone;
    private final OutboxSender sender;
    private volatile boolean offline;

    /** A channel that records what it is given, without marking anything sent. */
    public InMemoryChannel() {
        this(NAME, true, null, null);
    }

    /** A channel that sends from {@code outbox} and marks what it sent. */
    public InMemoryChannel(Outbox outbox) {
        this(NAME, true, null, new OutboxSender(outbox));
    }

    private InMemoryChannel(String name, boolean reachesAway, ZoneId zone, OutboxSender sender) {
        this.name = name;
        this.reachesAway = reachesAway;
        this.zone = zone;
        this.sender = sender;
    }

    /** A web-chat-like channel ({@link #PAGE}) whose pages say they are in {@code zone}. */
    public static InMemoryChannel page(ZoneId zone) {
        return new InMemoryChannel(PAGE, false, zone, null);
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
    public synchronized void send(Dispatch dispatch) {
        if (sender != null) {
            sender.send(dispatch, this);
            return;
        }
        for (int i = dispatch.sent(); i < dispatch.replies().size(); i++) {
            record(dispatch, i);
        }
    }

    @Override
    public void send(Dispatch dispatch, int index) {
        if (offline) {
            throw new IllegalStateException("the person is offline");
        }
        record(dispatch, index);
    }

    /** While offline, every send fails as a transport failure would. */
    public void offline(boolean value) {
        offline = value;
    }

    /** The person is back: what their conversation is owed goes out. */
    public synchronized void cameBack(ConversationKey key) {
        offline = false;
        sender.flush(key, 0, this);
    }

    public List<Reply> pushedTo(ConversationKey key) {
        return List.copyOf(pushed.getOrDefault(key, List.of()));
    }

    private void record(Dispatch dispatch, int index) {
        pushed.computeIfAbsent(dispatch.key(), k -> new ArrayList<>()).add(Outlet.plain(dispatch, index));
    }
}
