package app.relais.bot.channel;

/**
 * Where the outgoing rate limiter ({@link SendLimiter}) slots in: each channel's sender passes
 * every send through it. {@link #OPEN} lets everything through (tests that do not test pacing).
 */
@FunctionalInterface
public interface SendGate {

    SendGate OPEN = chatId -> {
    };

    /** Blocks until a message may go to {@code chatId}. */
    void awaitTurn(long chatId) throws InterruptedException;
}
