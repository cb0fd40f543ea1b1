package app.relais.bot.messenger;

import app.relais.bot.channel.ChatLanes;
import app.relais.bot.channel.Delays;
import app.relais.bot.channel.InMemoryInbox;
import app.relais.bot.channel.Inbox;
import app.relais.bot.channel.SendGate;
import app.relais.bot.channel.SendLimiter;
import app.relais.bot.channel.SendLimits;
import app.relais.bot.channel.SendOutcomes;
import app.relais.bot.channel.Sleeper;
import app.relais.bot.channel.Threads;
import app.relais.catalog.LocalizedText;
import app.relais.conversation.ConversationEngine;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.OutboundGateway;
import app.relais.files.FileIntake;
import app.relais.files.FileStore;
import app.relais.outbox.InMemoryOutbox;
import app.relais.outbox.Outbox;
import app.relais.outbox.OutboxSender;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Messenger channel assembled in plain Java, so tests run it exactly as the application does,
 * against whatever Graph API URL the properties give. It owns every thread it starts and stops
 * them in {@link #close()}.
 *
 * <p>A webhook body is checked by the controller, then {@link #receive} stores each new event in
 * the channels' {@link Inbox} and returns, so Meta gets its 200 at once; the person's events go
 * through {@link EventOrder} to their lane, where {@link EventHandler} answers them, each marked
 * handled in its turn's transaction. Replies go out from the conversations' outbox through
 * {@link MessengerSender}. At start, replies a previous run committed and did not send go first,
 * then events it stored but never handled; owed replies are tried again periodically too.
 */
public final class MessengerAdapter implements AutoCloseable {

    /**
     * Meta's rates, kept well inside: 300 calls a second per Page (one every 5 ms here, 200 a
     * second) and, per person, 3 at once then one every half second (Meta also throttles one
     * thread sent to too fast, without a published figure).
     */
    static final SendLimits MESSENGER = new SendLimits(Duration.ofMillis(500), 3, Duration.ofMillis(500), 3,
            Duration.ofMillis(5), 1);
    /** Meta re-delivers for about an hour at most: a handled event kept a day can never come back. */
    static final Duration KEEP_HANDLED = Duration.ofDays(1);
    /** An instance renews its claims every {@link #MAINTENANCE_EVERY}; unrenewed this long, they are taken over. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(1);
    static final Duration MAINTENANCE_EVERY = Duration.ofSeconds(20);
    /** People owed replies handled per scan (at start, then every {@link #MAINTENANCE_EVERY}). */
    static final int OWED_PER_SCAN = 10_000;
    private static final Logger log = LoggerFactory.getLogger(MessengerAdapter.class);

    private final MessengerProperties properties;
    private final ObjectMapper json;
    private final WebhookEvents events;
    private final WebhookSignature signature;
    private final Inbox inbox;
    private final String instance = UUID.randomUUID().toString();
    private final boolean exclusive;
    private final Contacts contacts;
    private final ExecutorService personThreads;
    private final ScheduledExecutorService timer = Threads.scheduled("messenger-timer");
    private final ChatLanes lanes;
    private final EventOrder order;
    private final EventHandler handler;
    private final MessengerSender sender;
    private final Outbox outbox;
    private final MessengerGateway gateway;
    private final MessengerMetrics metrics;
    private final Clock clock;
    private final Duration shutdownGrace;
    private final Runnable statusProbe;
    private final Duration statusEvery;
    private final Object settledLock = new Object();
    private long settled;

    private MessengerAdapter(Builder b) {
        this.properties = b.properties;
        this.clock = b.clock;
        this.shutdownGrace = b.shutdownGrace;
        this.statusProbe = b.statusProbe;
        this.statusEvery = b.statusEvery;
        this.json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.events = new WebhookEvents(json);
        this.signature = new WebhookSignature(b.properties.appSecret());
        this.inbox = b.inbox;
        this.exclusive = b.exclusive;
        this.contacts = b.contacts;
        this.metrics = new MessengerMetrics(b.meters);
        this.personThreads = Threads.fixed("messenger-person", b.personThreads);
        this.lanes = new ChatLanes(personThreads);
        Delays delays = b.delays != null ? b.delays : Delays.on(timer);
        GraphClient graph = new GraphClient(b.properties, json);
        // Pacing is about real seconds whatever clock the rest reads (tests move theirs by hand).
        SendGate gate = b.sendGate != null ? b.sendGate : new SendLimiter(MESSENGER, Clock.systemUTC(), Sleeper.REAL);
        TeamAlerts alerts = new TeamAlerts(b.team, b.ticketOf, b.clock);
        this.outbox = b.outbox != null ? b.outbox : new InMemoryOutbox(b.clock, b.files);
        this.sender = new MessengerSender(new OutboxSender(outbox), graph, b.files, b.contacts, gate, lanes, delays, b.outcomes, alerts,
                b.languages, b.clock, metrics);
        this.handler = new EventHandler(new InboundMapper(json), b.engine, b.intake, graph, b.contacts, b.inbox, sender,
                b.languages, b.clock);
        this.gateway = new MessengerGateway(sender);
        this.order = new EventOrder(b.properties.orderWindow(), delays, this::release);
    }

    public static Builder builder(MessengerProperties properties, ConversationEngine engine, FileIntake intake,
                                  FileStore files) {
        return new Builder(properties, engine, intake, files);
    }

    /**
     * Handles what a previous run left: replies committed but not sent, then events stored but not
     * handled (all of them when this process has the database to itself, else those of instances
     * silent for {@link #CLAIM_LEASE}), each person's in their lane, in that order.
     */
    public void start() {
        Instant now = clock.instant();
        Instant staleBefore = exclusive ? now.plusMillis(1) : now.minus(CLAIM_LEASE);
        sendOwed(outbox.owing(InboundMapper.CHANNEL, staleBefore, OWED_PER_SCAN));
        takeOver(staleBefore);
        long every = MAINTENANCE_EVERY.toMillis();
        timer.scheduleWithFixedDelay(this::maintain, every, every, TimeUnit.MILLISECONDS);
        if (statusProbe != null) {
            timer.scheduleWithFixedDelay(statusProbe, 0, statusEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
        log.info("Messenger channel on: webhook at {}, Graph API {}", MessengerWebhookController.PATH,
                properties.graphBase());
    }

    /**
     * Takes a webhook body whose signature was checked: returns once its new events are stored,
     * so the HTTP answer can follow at once; handling goes on in each person's lane.
     *
     * @throws IllegalArgumentException when the body is not a webhook body
     * @throws RuntimeException         when an event cannot be stored (Meta delivers it again)
     */
    int receive(byte[] body) {
        WebhookEvents.Batch batch = events.read(body);
        Instant now = clock.instant();
        for (MessengerEvent event : batch.events()) {
            if (inbox.store(new Inbox.Entry(event.id(), event.psid(), event.timestamp(), event.json(), now), instance)) {
                metrics.received();
                order.add(event);
            } else {
                metrics.duplicate();
                log.debug("Messenger event {} was already taken in; skipped", event.id());
                settled();
            }
        }
        return batch.events().size();
    }

    boolean signedByMeta(byte[] body, String header) {
        return signature.matches(body, header);
    }

    /** Whether {@code token} is the verify token, compared in constant time. */
    boolean isVerifyToken(String token) {
        return token != null && MessageDigest.isEqual(properties.verifyToken().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    public OutboundGateway gateway() {
        return gateway;
    }

    private void release(String psid, List<MessengerEvent> batch) {
        lanes.submit(MessengerSender.lane(psid), () -> {
            for (MessengerEvent event : batch) {
                try {
                    if (!handler.handle(event)) {
                        return;
                    }
                    markHandled(event);
                } finally {
                    settled();
                }
            }
        });
    }

    private void settled() {
        synchronized (settledLock) {
            settled++;
            settledLock.notifyAll();
        }
    }

    /** Events taken in and done with (answered, failed, or skipped as duplicates) so far. */
    long settledCount() {
        synchronized (settledLock) {
            return settled;
        }
    }

    /** Waits until at least {@code count} events are done with; false on timeout. */
    boolean awaitSettled(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (settledLock) {
            while (settled < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                settledLock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** Hands over events stored but never handled (by this process before a restart, or by a dead instance). */
    private void takeOver(Instant staleBefore) {
        Map<String, List<MessengerEvent>> left = new LinkedHashMap<>();
        for (Inbox.Entry entry : inbox.takeOver(instance, staleBefore, clock.instant())) {
            left.computeIfAbsent(entry.conversation(), p -> new ArrayList<>())
                    .add(new MessengerEvent(entry.id(), entry.conversation(), entry.position(), entry.payload()));
        }
        left.forEach(this::release);
        if (!left.isEmpty()) {
            log.info("Messenger events of {} people left unhandled before are being handled now", left.size());
        }
    }

    private void markHandled(MessengerEvent event) {
        try {
            inbox.handled(event.id(), clock.instant());
        } catch (RuntimeException e) {
            // Answered but not marked: after a restart it would be answered again; nothing better to do.
            log.error("Messenger event {} was handled but could not be marked so ({})", event.id(),
                    e.getClass().getName());
        }
    }

    /** Queues a flush of what each person is owed in their lane (behind whatever it is doing). */
    private void sendOwed(Collection<ConversationKey> people) {
        for (ConversationKey key : people) {
            sender.kick(key.externalId());
        }
        if (!people.isEmpty()) {
            log.info("{} Messenger conversations are owed replies; sending them", people.size());
        }
    }

    private void maintain() {
        try {
            Instant now = clock.instant();
            inbox.renew(instance, now);
            // People whose sends failed here (a retry not already scheduled), and replies a dead
            // instance committed and never sent.
            Set<ConversationKey> owed = new HashSet<>(sender.behind());
            owed.addAll(outbox.owing(InboundMapper.CHANNEL, now.minus(CLAIM_LEASE), OWED_PER_SCAN));
            owed.removeIf(key -> sender.stalled(key.externalId()));
            sendOwed(owed);
            inbox.purgeHandledBefore(now.minus(KEEP_HANDLED));
            takeOver(now.minus(CLAIM_LEASE));
            // Past the 7-day window nothing may be sent without a new message, which records the person again.
            contacts.forgetIdleSince(now.minus(SendWindow.HUMAN_AGENT.plusDays(1)));
        } catch (RuntimeException e) {
            log.warn("Messenger maintenance failed ({}); tried again in {}", e.getClass().getName(), MAINTENANCE_EVERY);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        personThreads.shutdown();
        try {
            // Events still queued after the grace stay unhandled in the inbox: the next start handles them.
            personThreads.awaitTermination(shutdownGrace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        personThreads.shutdownNow();
    }

    public static final class Builder {
        private final MessengerProperties properties;
        private final ConversationEngine engine;
        private final FileIntake intake;
        private final FileStore files;
        private Inbox inbox = new InMemoryInbox();
        private boolean exclusive = true;
        private Contacts contacts = new InMemoryContacts();
        private Outbox outbox;
        private SendGate sendGate;
        private Delays delays;
        private SendOutcomes outcomes = SendOutcomes.NONE;
        private Consumer<LocalizedText> team = text -> { };
        private Function<ConversationKey, Optional<String>> ticketOf = key -> Optional.empty();
        private Function<ConversationKey, Locale> languages = key -> Locale.FRENCH;
        // A person waiting for their rate limit holds a thread: enough that the others keep going.
        private int personThreads = 32;
        private Clock clock = Clock.systemUTC();
        private MeterRegistry meters = new SimpleMeterRegistry();
        private Duration shutdownGrace = Duration.ofSeconds(5);
        private Runnable statusProbe;
        private Duration statusEvery;

        private Builder(MessengerProperties properties, ConversationEngine engine, FileIntake intake, FileStore files) {
            if (!properties.enabled()) {
                throw new IllegalStateException("the Messenger adapter needs RELAIS_MESSENGER_PAGE_TOKEN");
            }
            properties.checkComplete();
            this.properties = properties;
            this.engine = engine;
            this.intake = intake;
            this.files = files;
        }

        /**
         * Where events are stored before being handled; in memory (lost on restart) when not set.
         * {@code exclusive}: no other instance uses it (an embedded database), so at start every
         * event left unhandled is this process's to finish.
         */
        Builder inbox(Inbox value, boolean exclusive) {
            inbox = value;
            this.exclusive = exclusive;
            return this;
        }

        Builder contacts(Contacts value) {
            contacts = value;
            return this;
        }

        /**
         * The conversations' outbox the engine commits turns into ({@code RelaisCore.outbox()});
         * replies are sent from it. In memory, on its own, when not set.
         */
        public Builder outbox(Outbox value) {
            outbox = value;
            return this;
        }

        /** The rate limiter; Meta's limits over the real clock when not set. */
        public Builder sendGate(SendGate value) {
            sendGate = value;
            return this;
        }

        /** Timers for the order window and retries; the adapter's own scheduler when not set. */
        public Builder delays(Delays value) {
            delays = value;
            return this;
        }

        /** Where send outcomes go (the outage monitor). */
        public Builder outcomes(SendOutcomes value) {
            outcomes = value;
            return this;
        }

        /** How the team is told (the hand-off desks), and the ticket a conversation has, to name it. */
        public Builder team(Consumer<LocalizedText> value, Function<ConversationKey, Optional<String>> tickets) {
            team = value;
            ticketOf = tickets;
            return this;
        }

        /** The language of a conversation, for what the channel says itself (a refused file). */
        public Builder languages(Function<ConversationKey, Locale> conversation) {
            languages = conversation;
            return this;
        }

        Builder personThreads(int value) {
            personThreads = value;
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

        /** Reads Meta's status data every {@code every} (the optional probe). */
        Builder statusProbe(Duration every, Runnable check) {
            statusEvery = every;
            statusProbe = check;
            return this;
        }

        Builder shutdownGrace(Duration value) {
            shutdownGrace = value;
            return this;
        }

        public MessengerAdapter build() {
            return new MessengerAdapter(this);
        }
    }
}
