package app.relais.conversation;

import java.time.ZoneId;
import java.util.Optional;

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

    /**
     * Whether a message sent on its own reaches the person even when they are not looking at the
     * conversation (Telegram notifies their phone). The web chat reaches only a page that is
     * open, so a reminder days later may never be seen: the engine then says so and offers other
     * ways (a calendar file, an email).
     */
    default boolean reachesAway() {
        return true;
    }

    /** The person's time zone, when the channel knows it (the web page says it when it connects). */
    default Optional<ZoneId> zone(ConversationKey key) {
        return Optional.empty();
    }
}
