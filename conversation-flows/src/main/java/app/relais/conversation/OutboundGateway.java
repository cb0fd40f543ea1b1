package app.relais.conversation;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Sends messages the bot writes on its own (a due reminder, an agent's answer) to one channel.
 * Each channel adapter registers one; the engine finds it by {@link ConversationKey#channel()}.
 */
public interface OutboundGateway {

    String channel();

    void send(ConversationKey key, List<Reply> replies);

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
