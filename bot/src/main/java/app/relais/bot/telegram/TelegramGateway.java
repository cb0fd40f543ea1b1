package app.relais.bot.telegram;

import app.relais.bot.channel.ChatLanes;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.OutboundGateway;
import app.relais.conversation.Reply;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages the bot sends on its own (a reminder, an agent's answer) to a Telegram chat. They queue
 * in the chat's lane, behind any update being answered, so the chat never sees them interleaved.
 */
final class TelegramGateway implements OutboundGateway {

    private static final Logger log = LoggerFactory.getLogger(TelegramGateway.class);

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
    public void send(ConversationKey key, List<Reply> replies) {
        if (!InboundMapper.CHANNEL.equals(key.channel())) {
            throw new IllegalArgumentException("not a Telegram conversation: " + key.channel());
        }
        long chatId = Long.parseLong(key.externalId());
        List<Reply> copy = List.copyOf(replies);
        lanes.submit(chatId, () -> {
            try {
                handler.send(chatId, copy);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                log.warn("a proactive message could not be sent ({})", e.getClass().getName());
                log.debug("proactive send failure", e);
            }
        });
    }
}
