package app.relais.bot.telegram;

import app.relais.bot.channel.Threads;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Fetches updates with telegrambots long polling, configured so none of the library's defaults
 * bite: our JSON mapper and HTTP client, the poller on an executor we own (the application's
 * {@code close()} leaves its own non-daemon thread behind, which keeps a JVM from exiting), a
 * back-off capped at {@link #MAX_BACKOFF} instead of 15 minutes, and every call to the configured
 * API URL.
 */
final class LongPollingTransport implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LongPollingTransport.class);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final TelegramProperties properties;
    private final OkHttpClient http;
    private final ObjectMapper json;
    private final LongPollingUpdateConsumer consumer;
    private final int pollTimeoutSeconds;
    private ScheduledExecutorService poller;
    private TelegramBotsLongPollingApplication application;

    LongPollingTransport(TelegramProperties properties, OkHttpClient http, ObjectMapper json,
                         LongPollingUpdateConsumer consumer, int pollTimeoutSeconds) {
        this.properties = properties;
        this.http = http;
        this.json = json;
        this.consumer = consumer;
        this.pollTimeoutSeconds = pollTimeoutSeconds;
    }

    /** Deletes any webhook (synchronously: a bad token fails here) and starts polling. */
    void start() throws TelegramApiException {
        TelegramUrl url = telegramUrl(properties.apiUrl());
        poller = Threads.scheduled("telegram-poll");
        application = new TelegramBotsLongPollingApplication(() -> json, () -> http, () -> poller,
                () -> new CappedBackOff(Duration.ofMillis(500), MAX_BACKOFF));
        application.registerBot(properties.token(), () -> url, lastUpdateId -> GetUpdates.builder()
                .offset(lastUpdateId + 1)
                .limit(100)
                .timeout(pollTimeoutSeconds)
                .allowedUpdates(List.of("message", "callback_query"))
                .build(), consumer);
        log.info("Telegram long polling started against {}", properties.apiUrl());
    }

    @Override
    public void close() {
        try {
            if (application != null) {
                application.close();
            }
        } catch (Exception e) {
            log.warn("closing the long-polling application failed ({})", e.getClass().getName());
        }
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** Waits for the poller thread to end; call after cutting its pending request. */
    void awaitStopped(Duration timeout) throws InterruptedException {
        if (poller != null) {
            poller.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The library takes scheme, host and port only: a path in the URL would be silently dropped. */
    static TelegramUrl telegramUrl(URI api) {
        if (api.getHost() == null || !(api.getScheme().equals("https") || api.getScheme().equals("http"))) {
            throw new IllegalStateException("RELAIS_TELEGRAM_API_URL must be an http(s) URL, got " + api);
        }
        if (api.getPath() != null && !api.getPath().isEmpty() && !api.getPath().equals("/")) {
            throw new IllegalStateException("RELAIS_TELEGRAM_API_URL must have no path (the client adds"
                    + " /bot<token>/<method> itself), got " + api);
        }
        int port = api.getPort() > 0 ? api.getPort() : api.getScheme().equals("https") ? 443 : 80;
        return new TelegramUrl(api.getScheme(), api.getHost(), port, false);
    }
}
