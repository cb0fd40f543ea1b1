package app.relais.conversation;

import java.util.List;

/**
 * Sends messages the bot writes on its own (a due reminder, an agent's answer) to one channel.
 * Each channel adapter registers one; the engine finds it by {@link ConversationKey#channel()}.
 */
public interface OutboundGateway {

    String channel();

    void send(ConversationKey key, List<Reply> replies);
}
