package app.relais.bot.telegram;

/**
 * Where the outgoing rate limiter slots in (about 1 message/s per chat, 20/min per group, 30/s in
 * all): {@link TelegramSender} passes every send through it. Open for now.
 */
@FunctionalInterface
interface SendGate {

    SendGate OPEN = chatId -> {
    };

    /** Blocks until a message may go to {@code chatId}. */
    void awaitTurn(long chatId) throws InterruptedException;
}
