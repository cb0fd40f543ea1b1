package app.relais.bot.telegram;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.outbox.Outlet;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * Telegram's {@link Outlet}: one reply becomes one or more Bot API messages (long texts are split,
 * files are documents), sent by the {@link TelegramSender} with its retries. What the sender gave up
 * on after its retries (Telegram down, the network gone) stays owed and is tried again later; a
 * refusal Telegram means (400 Bad Request, 403 the user blocked the bot) is final. A reply cut
 * short between two of its messages is sent whole again: at most that reply is seen twice.
 */
final class TelegramOutlet implements Outlet {

    private final ReplyRenderer renderer;
    private final TelegramSender sender;

    TelegramOutlet(ReplyRenderer renderer, TelegramSender sender) {
        this.renderer = renderer;
        this.sender = sender;
    }

    static long chatId(ConversationKey key) {
        if (!InboundMapper.CHANNEL.equals(key.channel())) {
            throw new IllegalArgumentException("not a Telegram conversation: " + key.channel());
        }
        return Long.parseLong(key.externalId());
    }

    @Override
    public void send(Dispatch dispatch, int index) throws Exception {
        long chatId = chatId(dispatch.key());
        try {
            for (Outgoing message : renderer.render(chatId, Outlet.plain(dispatch, index))) {
                sender.send(message);
            }
        } catch (TelegramApiValidationException e) {
            throw new Refused("invalid message", e);
        } catch (TelegramApiRequestException e) {
            if (final4xx(e)) {
                throw new Refused("error " + e.getErrorCode(), e);
            }
            throw e;
        }
    }

    private static boolean final4xx(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        return code != null && code >= 400 && code < 500 && code != 429;
    }
}
