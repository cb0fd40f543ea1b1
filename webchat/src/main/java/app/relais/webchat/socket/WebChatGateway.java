package app.relais.webchat.socket;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.OutboundGateway;
import app.relais.webchat.WebChat;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Messages written outside a turn (a reminder, an agent's answer), already in the conversation's
 * outbox: pushed to every socket the session has open here, or left owed for the instance holding
 * its socket and for when it resumes ({@link CustomerLine}).
 */
final class WebChatGateway implements OutboundGateway {

    private final CustomerLine line;

    WebChatGateway(CustomerLine line) {
        this.line = line;
    }

    @Override
    public String channel() {
        return WebChat.CHANNEL;
    }

    @Override
    public void send(Dispatch dispatch) {
        if (!WebChat.CHANNEL.equals(dispatch.key().channel())) {
            throw new IllegalArgumentException("not a web chat conversation: " + dispatch.key().channel());
        }
        line.push(dispatch);
    }

    /** A message sent later reaches only a page that is open (or reopened): never someone away from it. */
    @Override
    public boolean reachesAway() {
        return false;
    }

    /** The time zone an open page of the session said it is in. */
    @Override
    public Optional<ZoneId> zone(ConversationKey key) {
        return line.zone(key.externalId());
    }
}
