package app.relais.webchat.socket;

import app.relais.conversation.Dispatch;
import app.relais.conversation.OutboundGateway;
import app.relais.webchat.WebChat;

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
}
