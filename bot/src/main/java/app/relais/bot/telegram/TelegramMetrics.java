package app.relais.bot.telegram;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What operators watch on the Telegram channel, at {@code /actuator/prometheus}: messages in and
 * out (under the channel-wide names, tagged {@code channel=telegram}), 429s received, send
 * retries by reason, updates waiting in this instance and how long an update waited between being
 * stored and being handled. Counts only: no content, no chat id.
 */
final class TelegramMetrics {

    private final Counter in;
    private final Counter out;
    private final Counter rateLimited;
    private final Counter retriedRateLimit;
    private final Counter retriedServer;
    private final Counter retriedNetwork;
    private final Timer lag;
    private final AtomicInteger pending = new AtomicInteger();

    TelegramMetrics(MeterRegistry registry) {
        in = Counter.builder("relais.messages.in").tag("channel", "telegram")
                .description("Updates received (each update_id once)").register(registry);
        out = Counter.builder("relais.messages.out").tag("channel", "telegram")
                .description("Messages and documents delivered").register(registry);
        rateLimited = Counter.builder("relais.telegram.rate.limited")
                .description("429 Too Many Requests answers received from the Bot API").register(registry);
        retriedRateLimit = retries(registry, "rate-limit");
        retriedServer = retries(registry, "server-error");
        retriedNetwork = retries(registry, "network");
        lag = Timer.builder("relais.telegram.inbox.lag")
                .description("Time from an update being stored to it being handled")
                .publishPercentileHistogram().register(registry);
        Gauge.builder("relais.telegram.inbox.pending", pending, AtomicInteger::get)
                .description("Updates stored and not yet handled by this instance").register(registry);
    }

    private static Counter retries(MeterRegistry registry, String reason) {
        return Counter.builder("relais.telegram.send.retries").tag("reason", reason)
                .description("Sends tried again after a failure").register(registry);
    }

    void received() {
        in.increment();
    }

    void sent() {
        out.increment();
    }

    void rateLimited() {
        rateLimited.increment();
    }

    void retried(TelegramSender.Failure failure) {
        if (failure == TelegramSender.Failure.RATE_LIMITED) {
            retriedRateLimit.increment();
        } else if (failure == TelegramSender.Failure.SERVER) {
            retriedServer.increment();
        } else {
            retriedNetwork.increment();
        }
    }

    void queued() {
        pending.incrementAndGet();
    }

    void handled(Duration waited) {
        pending.decrementAndGet();
        lag.record(waited.isNegative() ? Duration.ZERO : waited);
    }

    /** Left pending (the process is stopping): no longer in this instance's queue. */
    void abandoned() {
        pending.decrementAndGet();
    }
}
