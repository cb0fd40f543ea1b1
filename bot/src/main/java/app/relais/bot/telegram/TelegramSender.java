package app.relais.bot.telegram;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends one message, waiting out a 429. The telegrambots client never retries, and its exception
 * may carry no {@code parameters}: the wait then comes from the description ("retry after N") or
 * a one-second default. Callers send a chat's messages one after the other from that chat's lane,
 * so waiting here keeps the order. Every send passes the {@link SendGate} first: the rate limiter
 * plugs in there.
 */
final class TelegramSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
    private static final Pattern RETRY_AFTER = Pattern.compile("retry after (\\d+)");
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

    private final TelegramClient client;
    private final SendGate gate;
    private final Sleeper sleeper;
    private final int maxAttempts;

    TelegramSender(TelegramClient client, SendGate gate, Sleeper sleeper, int maxAttempts) {
        this.client = client;
        this.gate = gate;
        this.sleeper = sleeper;
        this.maxAttempts = maxAttempts;
    }

    void send(Outgoing message) throws TelegramApiException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            gate.awaitTurn(message.chatId());
            try {
                message.sendWith(client);
                return;
            } catch (TelegramApiRequestException e) {
                Duration wait = retryAfter(e);
                if (wait == null || attempt >= maxAttempts) {
                    throw e;
                }
                log.info("Telegram asked to slow down (429); retrying in {} s", wait.toSeconds());
                sleeper.sleep(wait);
            }
        }
    }

    /** How long a 429 asks to wait; null when the error is not a 429. */
    static Duration retryAfter(TelegramApiRequestException e) {
        if (e.getErrorCode() == null || e.getErrorCode() != 429) {
            return null;
        }
        if (e.getParameters() != null && e.getParameters().getRetryAfter() != null) {
            return Duration.ofSeconds(Math.max(1, e.getParameters().getRetryAfter()));
        }
        String text = e.getApiResponse() == null ? "" : e.getApiResponse();
        Matcher matcher = RETRY_AFTER.matcher(text);
        return matcher.find() ? Duration.ofSeconds(Long.parseLong(matcher.group(1))) : DEFAULT_WAIT;
    }
}
