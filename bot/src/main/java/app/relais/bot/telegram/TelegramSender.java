package app.relais.bot.telegram;

import app.relais.bot.channel.SendGate;
import app.relais.bot.channel.Sleeper;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends one message, passing the {@link SendGate} (the rate limiter) before every attempt. The
 * telegrambots client never retries, so this does: a 429 waits its {@code retry_after} plus a
 * little jitter (so chats told to wait together do not all come back in the same millisecond); a
 * 5xx or a network error waits a back-off that doubles up to {@link #MAX_BACKOFF}; any other
 * refusal (400, 403: the user blocked the bot...) is final. The 429's wait may come from the
 * description ("retry after N") when the answer has no {@code parameters}. Callers send a chat's
 * messages one after the other from that chat's lane, so waiting here keeps the order.
 */
final class TelegramSender {

    /** Why an attempt failed in a way worth trying again. */
    enum Failure {
        RATE_LIMITED, SERVER, NETWORK
    }

    /** Extra wait added to a 429's {@code retry_after}. */
    @FunctionalInterface
    interface Jitter {
        Jitter NONE = () -> Duration.ZERO;

        Duration next();

        static Jitter upTo(Duration max) {
            return () -> Duration.ofMillis(ThreadLocalRandom.current().nextLong(max.toMillis() + 1));
        }
    }

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
    private static final Pattern RETRY_AFTER = Pattern.compile("retry after (\\d+)");
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);
    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final TelegramClient client;
    private final SendGate gate;
    private final Sleeper sleeper;
    private final Jitter jitter;
    private final int maxAttempts;
    private final TelegramMetrics metrics;

    TelegramSender(TelegramClient client, SendGate gate, Sleeper sleeper, Jitter jitter, int maxAttempts,
                   TelegramMetrics metrics) {
        this.client = client;
        this.gate = gate;
        this.sleeper = sleeper;
        this.jitter = jitter;
        this.maxAttempts = maxAttempts;
        this.metrics = metrics;
    }

    void send(Outgoing message) throws TelegramApiException, InterruptedException {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            gate.awaitTurn(message.chatId());
            Failure failure;
            Duration wait;
            try {
                message.sendWith(client);
                metrics.sent();
                return;
            } catch (TelegramApiRequestException e) {
                Duration retryAfter = retryAfter(e);
                if (retryAfter != null) {
                    metrics.rateLimited();
                    failure = Failure.RATE_LIMITED;
                    wait = retryAfter.plus(jitter.next());
                } else if (e.getErrorCode() == null || e.getErrorCode() == 0 || e.getErrorCode() >= 500) {
                    // Code 0 or none: the answer was not the Bot API's JSON (a proxy's error page).
                    failure = Failure.SERVER;
                    wait = backoff;
                } else {
                    throw e;
                }
                if (attempt >= maxAttempts) {
                    throw e;
                }
            } catch (TelegramApiValidationException e) {
                throw e;
            } catch (TelegramApiException e) {
                if (interrupted(e)) {
                    throw new InterruptedException("send interrupted");
                }
                // The client wraps I/O failures (refused, reset, timed out) in a bare TelegramApiException.
                failure = Failure.NETWORK;
                wait = backoff;
                if (attempt >= maxAttempts) {
                    throw e;
                }
            }
            if (failure != Failure.RATE_LIMITED) {
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
            metrics.retried(failure);
            log.info("Telegram send failed ({}); attempt {} of {} in {} ms", failure, attempt + 1, maxAttempts,
                    wait.toMillis());
            sleeper.sleep(wait);
        }
    }

    private static boolean interrupted(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException || cause instanceof java.io.InterruptedIOException
                    && !(cause instanceof java.net.SocketTimeoutException)) {
                return true;
            }
        }
        return Thread.currentThread().isInterrupted();
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
