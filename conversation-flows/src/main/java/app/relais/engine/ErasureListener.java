package app.relais.engine;

import app.relais.conversation.ConversationKey;

/** Erases what a feature keeps about a conversation when its user says /forget. */
public interface ErasureListener {

    void erase(ConversationKey key);
}
