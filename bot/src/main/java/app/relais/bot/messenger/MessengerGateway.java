package app.relais.bot.messenger;

import app.relais.conversation.Dispatch;
import app.relais.conversation.OutboundGateway;

/**
 * Messages written outside a turn (a reminder, an agent's answer), already in the conversation's
 * outbox: they queue in the person's lane, behind any event being answered, and go out after
 * whatever the person is still owed. An agent's answer may still go after the 24-hour window,
 * tagged HUMAN_AGENT, for 7 days; the bot's own messages may not ({@link SendWindow}).
 */
final class MessengerGateway implements OutboundGateway {

    private final MessengerSender sender;

    MessengerGateway(MessengerSender sender) {
        this.sender = sender;
    }

    @Override
    public String channel() {
        return InboundMapper.CHANNEL;
    }

    @Override
    public void send(Dispatch dispatch) {
        sender.post(dispatch);
    }
}
