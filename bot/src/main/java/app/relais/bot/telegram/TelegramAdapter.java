package app.relais.bot.telegram;

import app.relais.bot.channel.ChatLanes;
import app.relais.bot.channel.InMemoryInbox;
import app.relais.bot.channel.Inbox;
import app.relais.bot.channel.Delays;
import app.relais.bot.channel.SendGate;
import app.relais.bot.channel.SendLimiter;
import app.relais.bot.channel.SendLimits;
import app.relais.bot.channel.Sleeper;
import app.relais.bot.channel.Threads;
import app.relais.conversation.ConversationEngine;
import app.relais.conversation.OutboundGateway;
import app.relais.files.FileIntake;
import app.relais.files.FileStore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import app.relais.conversation.ConversationKey;
import app.relais.handoff.Handoff;
import app.relais.outage.Faq;
import app.relais.outage.OutageBoard;
import app.relais.outbox.InMemoryOutbox;
import app.relais.outbox.Outbox;
import app.relais.outbox.OutboxSender;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The Telegram channel assembled in plain Java, so tests run it exactly as the application does:
 * the real telegrambots client against whatever API URL the properties give. It owns every thread
 * and connection it starts and releases them in {@link #close()}.
 *
 * <p>Updates arrive by long polling or, in webhook mode, through {@link #receiveWebhook}; either
 * way they are stored in the {@link Inbox} before anything else. At start, updates a
 * previous run stored but never handled are handled first; while running, claims are renewed,
 * updates of an instance that died are taken over, and handled updates older than a day purged.
 */
public final class TelegramAdapter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramAdapter.class);
    /** Telegram forgets updates after 24 hours: a handled one kept longer can never come back. */
    static final Duration KEEP_HANDLED = Duration.ofDays(1);
    /** An instance renews its claims every {@link #MAINTENANCE_EVERY}; unrenewed this long, they are taken over. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(1);
    static final Duration MAINTENANCE_EVERY = Duration.ofSeconds(20);
    static final List<String> UPDATE_KINDS = List.of("message", "callback_query");
    /** Chats owed replies handled per scan (at start, then every {@link #MAINTENANCE_EVERY}). */
    static final int OWED_PER_SCAN = 10_000;

    private final ExecutorService httpThreads = Threads.elastic("telegram-http");
    private final ExecutorService chatThreads;
    private final ScheduledExecutorService albumTimer;
    private final OkHttpClient http;
    private final UpdateHandler handler;
    private final UpdateConsumer consumer;
    private final ChatLanes lanes;
    private final Outbox outbox;
    private final TelegramGateway gateway;
    private final LongPollingTransport transport;
    private final ScheduledExecutorService maintenance = Threads.scheduled("telegram-inbox");
    private final TelegramProperties properties;
    private final OkHttpTelegramClient client;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration shutdownGrace;

    private TelegramAdapter(Builder b) {
        this.properties = b.properties;
        this.clock = b.clock;
        this.shutdownGrace = b.shutdownGrace;
        this.json = JsonMapper.builder()
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
        this.client = new OkHttpTelegramClient(json, http, b.properties.token(),
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
        TelegramMetrics metrics = new TelegramMetrics(b.meters);
        SendGate gate = b.sendGate != null ? b.sendGate : new SendLimiter(SendLimits.TELEGRAM, b.clock, Sleeper.REAL);
        TelegramSender sender = new TelegramSender(client, gate, b.sleeper, b.jitter, b.maxSendAttempts, metrics);
        this.outbox = b.outbox != null ? b.outbox : new InMemoryOutbox(b.clock, b.files);
        this.handler = new UpdateHandler(new InboundMapper(), b.engine, b.intake,
                new TelegramFiles(client, http, b.properties), new ReplyRenderer(b.files), sender, client, albums,
                b.inbox, new OutboxSender(outbox), b.clock);
        this.consumer = new UpdateConsumer(b.inbox, UUID.randomUUID().toString(), lanes, handler::handle, json,
                b.clock, b.sleeper, metrics);
        this.lanes = lanes;
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

    /**
     * Handles what a previous run left pending, then starts long polling, or registers the webhook
     * with its secret; fails when the Bot API refuses the token or cannot be reached.
     */
    public void start() throws TelegramApiException {
        boolean webhook = properties.mode() == TelegramProperties.Mode.WEBHOOK;
        if (webhook) {
            properties.checkWebhook();
        }
        // Polling: this is the token's only consumer, so whatever is pending is ours to finish.
        // Webhook: other instances may be handling their own updates right now; only stale claims.
        // Replies committed before a crash go first, in their chats' lanes, before any update.
        Instant now = clock.instant();
        Instant staleBefore = webhook ? now.minus(CLAIM_LEASE) : now.plusMillis(1);
        sendOwed(outbox.owing(InboundMapper.CHANNEL, staleBefore, OWED_PER_SCAN));
        consumer.takeOver(staleBefore);
        long every = MAINTENANCE_EVERY.toMillis();
        maintenance.scheduleWithFixedDelay(this::maintain, every, every, TimeUnit.MILLISECONDS);
        if (webhook) {
            client.execute(SetWebhook.builder()
                    .url(properties.webhookUrl().toString())
                    .secretToken(properties.webhookSecret())
                    .allowedUpdates(UPDATE_KINDS)
                    .build());
            log.info("Telegram webhook registered at {}", properties.webhookUrl());
        } else {
            transport.start();
        }
    }

    /**
     * Takes one update posted to the webhook: returns once it is stored (or known), so the HTTP
     * answer can follow at once; handling goes on in the chat's lane.
     *
     * @throws IllegalArgumentException when the body is not an update
     * @throws RuntimeException         when it cannot be stored (Telegram will post it again)
     */
    void receiveWebhook(String body) {
        Update update;
        try {
            update = json.readValue(body, Update.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Telegram update", e);
        }
        if (update.getUpdateId() == null) {
            throw new IllegalArgumentException("not a Telegram update: no update_id");
        }
        consumer.receive(update, body);
    }

    /** Queues a flush of what each chat is owed in its lane (behind whatever it is doing). */
    private void sendOwed(Collection<ConversationKey> chats) {
        for (ConversationKey key : chats) {
            lanes.submit(TelegramOutlet.chatId(key), () -> handler.sendOwed(key));
        }
        if (!chats.isEmpty()) {
            log.info("{} Telegram chats are owed replies; sending them", chats.size());
        }
    }

    private void maintain() {
        try {
            consumer.maintain(KEEP_HANDLED);
            // Chats whose sends failed here, and replies a dead instance committed and never sent.
            Set<ConversationKey> owed = new HashSet<>(handler.behind());
            owed.addAll(outbox.owing(InboundMapper.CHANNEL, clock.instant().minus(CLAIM_LEASE), OWED_PER_SCAN));
            sendOwed(owed);
            consumer.takeOver(clock.instant().minus(CLAIM_LEASE));
        } catch (RuntimeException e) {
            log.warn("Telegram inbox maintenance failed ({}); tried again in {} s", e.getClass().getName(),
                    MAINTENANCE_EVERY.toSeconds());
        }
    }

    public OutboundGateway gateway() {
        return gateway;
    }

    /**
     * Makes {@code chatId} (a group) the agents' desk of {@code handoff}: tickets are posted there
     * and the agents' taps and replies go to the hand-off, never to the engine.
     */
    public void attachAgents(long chatId, Handoff handoff, Faq faq) {
        // The team's group is not a customer's conversation: its messages are sent as they are.
        AgentsGroup group = new AgentsGroup(chatId, handoff, faq, (chat, replies) -> lanes.submit(chat, () -> {
            try {
                handler.send(chat, replies);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                log.warn("a message to the agents' group could not be sent ({})", e.getClass().getName());
            }
        }));
        handler.agents(group);
        handoff.addDesk(group);
    }

    /** During an outage, answers open with the business's notice (once per chat and wording). */
    public void showOutageNotices(OutageBoard outage) {
        handler.notices(new OutageNotices(outage::notice));
    }

    UpdateConsumer consumer() {
        return consumer;
    }

    @Override
    public void close() {
        consumer.stop();
        maintenance.shutdownNow();
        transport.close();
        // Cuts the pending long poll at once instead of waiting out its timeout.
        http.dispatcher().cancelAll();
        chatThreads.shutdown();
        try {
            transport.awaitStopped(Duration.ofSeconds(5));
            // Updates still queued after the grace stay pending in the inbox: the next start handles them.
            chatThreads.awaitTermination(shutdownGrace.toMillis(), TimeUnit.MILLISECONDS);
            maintenance.awaitTermination(1, TimeUnit.SECONDS);
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
        private Inbox inbox = new InMemoryInbox();
        private Outbox outbox;
        private SendGate sendGate;
        private TelegramSender.Jitter jitter = TelegramSender.Jitter.upTo(Duration.ofMillis(500));
        private int maxSendAttempts = 5;
        // A chat waiting for its rate limit holds its thread: enough threads that waiting chats
        // never keep the others from using the global 25 messages a second.
        private int chatThreads = 64;
        private Clock clock = Clock.systemUTC();
        private MeterRegistry meters = new SimpleMeterRegistry();
        private Duration shutdownGrace = Duration.ofSeconds(5);

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

        /**
         * The conversations' outbox the engine commits turns into ({@code RelaisCore.outbox()}); replies
         * are sent from it. In memory, on its own, when not set: replies a failed send left owed are
         * then only retried while the process lives.
         */
        public Builder outbox(Outbox value) {
            outbox = value;
            return this;
        }

        /** Where updates are stored before being handled; in memory (lost on restart) when not set. */
        Builder inbox(Inbox value) {
            inbox = value;
            return this;
        }

        /** The rate limiter; {@link SendLimits#TELEGRAM} over the real clock when not set. */
        Builder sendGate(SendGate value) {
            sendGate = value;
            return this;
        }

        Builder jitter(TelegramSender.Jitter value) {
            jitter = value;
            return this;
        }

        Builder chatThreads(int value) {
            chatThreads = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder meterRegistry(MeterRegistry value) {
            meters = value;
            return this;
        }

        /** How long {@link #close()} lets chats finish what they are doing. */
        Builder shutdownGrace(Duration value) {
            shutdownGrace = value;
            return this;
        }

        public TelegramAdapter build() {
            return new TelegramAdapter(this);
        }
    }
}
