package app.relais.webchat.socket;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Reply;
import java.util.List;

/**
 * What happens to a message the bot sends on its own (a reminder, an agent's answer) when the
 * session has no socket open on this instance. The durable outbox (kept until the client comes
 * back, or relayed to the instance holding the socket) implements this; until then
 * {@link #DROP} logs and drops.
 */
public interface UndeliveredReplies {

    void keep(ConversationKey key, List<Reply> replies);

    UndeliveredReplies DROP = new UndeliveredReplies() {
        private final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(UndeliveredReplies.class);

        @Override
        public void keep(ConversationKey key, List<Reply> replies) {
            log.info("{} message(s) for {} dropped: no socket open", replies.size(), key);
        }
    };
}
