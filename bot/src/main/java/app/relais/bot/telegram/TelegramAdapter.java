package app.relais.bot.telegram;

import app.relais.conversation.ConversationEngine;
import app.relais.conversation.OutboundGateway;
import app.relais.files.FileIntake;
import app.relais.files.FileStore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The Telegram channel assembled in plain Java, so tests run it exactly as the application does:
 * the real telegrambots client against whatever API URL the properties give. It owns every thread
 * and connection it starts and releases them in {@link #close()}.
 */
public final class TelegramAdapter implements AutoCloseable {

    private final ExecutorService httpThreads = Threads.elastic("telegram-http");
    private final ExecutorService chatThreads;
    private final ScheduledExecutorService albumTimer;
    private final OkHttpClient http;
    private final UpdateHandler handler;
    private final UpdateConsumer consumer;
    private final TelegramGateway gateway;
    private final LongPollingTransport transport;

    private TelegramAdapter(Builder b) {
        ObjectMapper json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        Dispatcher dispatcher = new Dispatcher(httpThreads);
        // OkHttp allows 5 concurrent requests per host by default: every send, download and the
        // long poll itself go to the one Bot API host.
        dispatcher.setMaxRequests(128);
        dispatcher.setMaxRequestsPerHost(64);
        this.http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(Duration.ofSeconds(10))
                .writeTimeout(Duration.ofSeconds(30))
                .readTimeout(Duration.ofSeconds(b.pollTimeoutSeconds + 15L))
                .build();
        OkHttpTelegramClient client = new OkHttpTelegramClient(json, http, b.properties.token(),
                LongPollingTransport.telegramUrl(b.properties.apiUrl()));
        this.chatThreads = Threads.fixed("telegram-chat", b.chatThreads);
        ChatLanes lanes = new ChatLanes(chatThreads);
        Delays delays = b.delays;
        this.albumTimer = delays == null ? Threads.scheduled("telegram-albums") : null;
        if (delays == null) {
            delays = Delays.on(albumTimer);
        }
        AlbumCollector albums = new AlbumCollector(delays, b.albumWindow,
                chatId -> lanes.submit(chatId, () -> handler().albumsQuiet(chatId)));
        TelegramSender sender = new TelegramSender(client, b.sendGate, b.sleeper, b.maxSendAttempts);
        this.handler = new UpdateHandler(new InboundMapper(), b.engine, b.intake,
                new TelegramFiles(client, http, b.properties), new ReplyRenderer(b.files), sender, client, albums);
        this.consumer = new UpdateConsumer(b.processed, lanes, handler::handle);
        this.gateway = new TelegramGateway(lanes, handler);
        this.transport = new LongPollingTransport(b.properties, http, json, consumer, b.pollTimeoutSeconds);
    }

    public static Builder builder(TelegramProperties properties, ConversationEngine engine, FileIntake intake,
                                  FileStore files) {
        return new Builder(properties, engine, intake, files);
    }

    private UpdateHandler handler() {
        return handler;
    }

    /** Starts long polling; fails when the Bot API refuses the token or cannot be reached. */
    public void start() throws TelegramApiException {
        transport.start();
    }

    public OutboundGateway gateway() {
        return gateway;
    }

    UpdateConsumer consumer() {
        return consumer;
    }

    @Override
    public void close() {
        transport.close();
        // Cuts the pending long poll at once instead of waiting out its timeout.
        http.dispatcher().cancelAll();
        chatThreads.shutdown();
        try {
            transport.awaitStopped(Duration.ofSeconds(5));
            chatThreads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        chatThreads.shutdownNow();
        if (albumTimer != null) {
            albumTimer.shutdownNow();
        }
        httpThreads.shutdownNow();
        http.connectionPool().evictAll();
    }

    public static final class Builder {
        private final TelegramProperties properties;
        private final ConversationEngine engine;
        private final FileIntake intake;
        private final FileStore files;
        private Sleeper sleeper = Sleeper.REAL;
        private Delays delays;
        private Duration albumWindow = Duration.ofMillis(1500);
        private int pollTimeoutSeconds = 50;
        private ProcessedUpdates processed = new InMemoryProcessedUpdates(10_000);
        private SendGate sendGate = SendGate.OPEN;
        private int maxSendAttempts = 5;
        private int chatThreads = 4;

        private Builder(TelegramProperties properties, ConversationEngine engine, FileIntake intake, FileStore files) {
            if (!properties.enabled()) {
                throw new IllegalStateException("the Telegram adapter needs RELAIS_TELEGRAM_TOKEN");
            }
            this.properties = properties;
            this.engine = engine;
            this.intake = intake;
            this.files = files;
        }

        Builder sleeper(Sleeper value) {
            sleeper = value;
            return this;
        }

        /** Timers for album windows; the adapter's own scheduler when not set. */
        Builder delays(Delays value) {
            delays = value;
            return this;
        }

        Builder albumWindow(Duration value) {
            albumWindow = value;
            return this;
        }

        /** The {@code getUpdates} long-poll timeout; Telegram holds the request open that long. */
        Builder pollTimeoutSeconds(int value) {
            pollTimeoutSeconds = value;
            return this;
        }

        Builder processedUpdates(ProcessedUpdates value) {
            processed = value;
            return this;
        }

        Builder sendGate(SendGate value) {
            sendGate = value;
            return this;
        }

        public TelegramAdapter build() {
            return new TelegramAdapter(this);
        }
    }
}
