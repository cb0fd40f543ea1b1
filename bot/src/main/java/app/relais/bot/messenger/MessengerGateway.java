package app.relais.bot.messenger;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.OutboundGateway;
import app.relais.conversation.Reply;
import app.relais.handoff.AgentLine;
import app.relais.i18n.Messages;
import java.util.List;
import java.util.function.Function;

/**
 * Messages written on their own (a reminder, an agent's answer) to a Messenger conversation. They
 * queue behind whatever the person still waits for and go out from the person's lane. An agent's
 * answer is marked as such: after the 24-hour window it may still go, tagged HUMAN_AGENT, for 7
 * days; the bot's own messages may not.
 */
final class MessengerGateway implements OutboundGateway, AgentLine {

    private final MessengerSender sender;
    private final Function<ConversationKey, String> agentLanguage;

    MessengerGateway(MessengerSender sender, Function<ConversationKey, String> agentLanguage) {
        this.sender = sender;
        this.agentLanguage = agentLanguage;
    }

    @Override
    public String channel() {
        return InboundMapper.CHANNEL;
    }

    @Override
    public void send(ConversationKey key, List<Reply> replies) {
        String psid = psid(key);
        sender.queue(psid, replies, PendingReplies.Kind.UPDATE);
        sender.kick(psid);
    }

    @Override
    public void sendAgent(ConversationKey key, String agentName, String text) {
        String psid = psid(key);
        String said = Messages.of(agentLanguage.apply(key)).get("handoff.agent-says", agentName, text);
        sender.queue(psid, List.of(Reply.text(said)), PendingReplies.Kind.AGENT);
        sender.kick(psid);
    }

    private static String psid(ConversationKey key) {
        if (!InboundMapper.CHANNEL.equals(key.channel())) {
            throw new IllegalArgumentException("not a Messenger conversation: " + key.channel());
        }
        return key.externalId();
    }
}
