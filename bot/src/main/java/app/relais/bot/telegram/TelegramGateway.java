package app.relais.bot.telegram;

import app.relais.bot.channel.ChatLanes;
import app.relais.conversation.Dispatch;
import app.relais.conversation.OutboundGateway;

/**
 * Messages written outside a turn (a reminder, an agent's answer), already in the conversation's
 * outbox: they queue in the chat's lane, behind any update being answered, so the chat never sees
 * them interleaved, and go out after whatever the chat is still owed.
 */
final class TelegramGateway implements OutboundGateway {

    private final ChatLanes lanes;
    private final UpdateHandler handler;

    TelegramGateway(ChatLanes lanes, UpdateHandler handler) {
        this.lanes = lanes;
        this.handler = handler;
    }

    @Override
    public String channel() {
        return InboundMapper.CHANNEL;
    }

    @Override
    public void send(Dispatch dispatch) {
        long chatId = TelegramOutlet.chatId(dispatch.key());
        lanes.submit(chatId, () -> handler.send(dispatch));
    }
}
