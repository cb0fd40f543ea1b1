package app.relais.webchat.socket;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Reply;
import java.util.List;

/**
 * What happens to a message the bot sends on its own (a reminder, an agent's answer) when the
 * session has no socket open on this instance: {@link CustomerLine#keep} puts it in the outbox,
 * which signals the instance that may hold the socket and is drained when the client comes back.
 */
interface UndeliveredReplies {

    void keep(ConversationKey key, List<Reply> replies);
}
