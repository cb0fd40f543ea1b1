package app.relais.handoff;

import app.relais.conversation.ConversationKey;

/**
 * Whether a customer can receive a message now. The web chat implements it (an open WebSocket
 * for that session); a channel without one (Telegram keeps messages for offline users) is always
 * reachable.
 */
public interface Presence {

    boolean online(ConversationKey conversation);
}
