package app.relais.handoff;

import app.relais.conversation.ConversationKey;

/**
 * Optional on an {@link app.relais.conversation.OutboundGateway}: a channel that shows agents'
 * messages differently from the bot's (the web chat's {@code agent} frame) implements it; other
 * channels get the agent's message as a bot reply that names the agent.
 */
public interface AgentLine {

    void sendAgent(ConversationKey conversation, String agentName, String text);
}
