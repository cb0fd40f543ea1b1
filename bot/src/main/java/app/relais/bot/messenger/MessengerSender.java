package app.relais.bot.messenger;

import app.relais.bot.channel.ChatLanes;
import app.relais.bot.channel.Delays;
import app.relais.bot.channel.SendGate;
import app.relais.bot.channel.SendOutcomes;
import app.relais.conversation.Author;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.Expects;
import app.relais.conversation.Reply;
import app.relais.files.FileStore;
import app.relais.i18n.Messages;
import app.relais.outbox.OutboxSender;
import app.relais.outbox.Outlet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messenger's {@link Outlet}, and the person's sends from the conversation's outbox through an
 * {@link OutboxSender}, always from that person's lane, so one person's messages never cross and
 * each goes out after what they are still owed. A reply Meta refuses for good (551 the person is
 * unavailable, 100 a bad parameter) is dropped and the team told; any other failure leaves it owed.
 * When Meta fails for a while (codes 1, 2, 1200, 5xx, timeouts), a retry is scheduled after a
 * pause that doubles up to {@link #MAX_PAUSE}; nothing holds a thread while waiting, and the first
 * success for anyone resumes everyone at once: the platform is back. A reply outside Messenger's
 * window (ours, or Meta's 10/2018278) stays owed until the person writes again ({@link SendWindow});
 * the team is told once.
 *
 * <p>Each message of a reply is remembered once sent, so a retry resumes where it stopped instead
 * of repeating the first part (in memory: after a restart a partly sent reply is sent whole).
 */
final class MessengerSender implements Outlet {

    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final Duration MAX_PAUSE = Duration.ofSeconds(30);
    static final Duration RATE_LIMIT_PAUSE = Duration.ofSeconds(30);
    static final Duration TOKEN_PAUSE = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(MessengerSender.class);

    private final OutboxSender outbox;
    private final ReplyRenderer renderer = new ReplyRenderer();
    private final GraphClient graph;
    private final FileStore files;
    private final Contacts contacts;
    private final SendGate gate;
    private final ChatLanes lanes;
    private final Delays delays;
    private final SendOutcomes outcomes;
    private final TeamAlerts alerts;
    private final Function<ConversationKey, Locale> languages;
    private final Clock clock;
    private final MessengerMetrics metrics;
    /** Messages of a stored reply already accepted, by the reply's stable id. */
    private final Map<Long, Integer> progress = new ConcurrentHashMap<>();
    private final Map<String, Duration> pauses = new ConcurrentHashMap<>();
    private final Map<String, Stall> stalled = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> heldTold = new ConcurrentHashMap<>();

    /** A person whose sends wait for a retry: why, and how to call it off. */
    private record Stall(SendFailure.Kind kind, Runnable cancel) {
    }

    /** The reply must wait: Meta is failing, or the person's window is closed. It stays owed. */
    static final class NotNow extends Exception {
        NotNow(String why) {
            super(why, null, false, false);
        }
    }

    MessengerSender(OutboxSender outbox, GraphClient graph, FileStore files, Contacts contacts, SendGate gate,
                    ChatLanes lanes, Delays delays, SendOutcomes outcomes, TeamAlerts alerts,
                    Function<ConversationKey, Locale> languages, Clock clock, MessengerMetrics metrics) {
        this.outbox = outbox;
        this.graph = graph;
        this.files = files;
        this.contacts = contacts;
        this.gate = gate;
        this.lanes = lanes;
        this.delays = delays;
        this.outcomes = outcomes;
        this.alerts = alerts;
        this.languages = languages;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Sends a committed dispatch (a turn's replies) through {@code outlet} (this one, or one that
     * adds a note), after what the person is still owed. Call from the person's lane only.
     */
    void send(Dispatch dispatch, Outlet outlet) {
        cancelRetry(psid(dispatch.key()));
        if (outbox.send(dispatch, outlet)) {
            pauses.remove(psid(dispatch.key()));
        }
    }

    /** Sends a dispatch committed outside a turn (a reminder, an agent's answer) from the person's lane. */
    void post(Dispatch dispatch) {
        lanes.submit(lane(psid(dispatch.key())), () -> send(dispatch, this));
    }

    /**
     * Replies that are not part of the conversation (a refused file, an apology): sent once, after
     * what the person is still owed, and not at all while that cannot go (they would arrive first).
     * Call from the person's lane only.
     */
    void sendAside(ConversationKey key, List<Reply> replies) {
        if (!flushNow(psid(key))) {
            log.info("a notice to {} is not sent: earlier replies still wait", key);
            return;
        }
        outbox.send(new Dispatch(key, 0, Author.BOT, null, null, replies, 0), this);
    }

    /** Sends what this person is owed from their lane (from any thread). */
    void kick(String psid) {
        lanes.submit(lane(psid), () -> flushNow(psid));
    }

    /** Sends what this person is owed now; true when they are owed nothing any more. From their lane only. */
    private boolean flushNow(String psid) {
        cancelRetry(psid);
        boolean done = outbox.flush(InboundMapper.keyOf(psid), 0, this);
        if (done) {
            pauses.remove(psid);
        }
        return done;
    }

    /** Conversations left owing after a failure here, except those whose retry is already scheduled. */
    Set<ConversationKey> behind() {
        Set<ConversationKey> behind = new java.util.HashSet<>(outbox.behind());
        behind.removeIf(key -> stalled.containsKey(key.externalId()));
        return behind;
    }

    /**
     * A sender that, after the first reply of turn {@code turnId}, sends {@code note} (not stored:
     * said once, live, not repeated after a crash); older replies still owed go out without it.
     */
    Outlet withNoteAfterFirst(long turnId, Reply note) {
        return (dispatch, index) -> {
            send(dispatch, index);
            if (index == 0 && dispatch.id() == turnId) {
                try {
                    send(new Dispatch(dispatch.key(), 0, Author.BOT, null, dispatch.language(), List.of(note), 0), 0);
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    log.info("a note to {} could not be sent ({})", dispatch.key(), e.toString());
                }
            }
        };
    }

    @Override
    public void send(Dispatch dispatch, int index) throws Exception {
        String psid = psid(dispatch.key());
        try {
            Contacts.Contact contact = contacts.find(psid).orElse(new Contacts.Contact(psid, null, List.of()));
            SendApi.Delivery how = SendWindow.decide(SendWindow.Kind.of(dispatch), contact.lastMessageAt(),
                    clock.instant());
            if (how == null) {
                throw hold(dispatch, index);
            }
            Reply reply = Outlet.plain(dispatch, index);
            ReplyRenderer.Rendered rendered = renderer.render(reply);
            List<Outgoing> messages = rendered.messages();
            long id = dispatch.messageId(index);
            for (int i = id == 0 ? 0 : progress.getOrDefault(id, 0); i < messages.size(); i++) {
                try {
                    sendOne(psid, dispatch.key(), how, messages.get(i));
                } catch (GraphException e) {
                    throw failed(psid, dispatch, index, e.failure());
                }
                if (id != 0) {
                    progress.put(id, i + 1);
                }
            }
            if (id != 0) {
                progress.remove(id);
                heldTold.remove(id);
            }
            remember(psid, reply, rendered, contact);
        } catch (RuntimeException e) {
            // Unexpected (a database read): one more reason to try again later, not to stop.
            log.warn("sending to {} failed ({}); tried again later", dispatch.key(), e.toString());
            retryLater(psid, SendFailure.Kind.TRANSIENT, nextPause(psid));
            throw e;
        }
    }

    /** Shows "typing…" while the engine answers; best effort, never retried, skipped while sends wait. */
    void typing(String psid) throws InterruptedException {
        if (stalled.containsKey(psid)) {
            return;
        }
        gate.awaitTurn(lane(psid));
        try {
            graph.send(SendApi.Request.typing(psid));
            outcomes.succeeded(psid);
        } catch (GraphException e) {
            if (e.failure().kind() == SendFailure.Kind.TRANSIENT) {
                outcomes.failedTransiently(psid);
            }
            log.debug("typing indicator for {} failed ({})", psid, e.failure().summary());
        } catch (RuntimeException e) {
            log.debug("typing indicator for {} failed ({})", psid, e.toString());
        }
    }

    /** Whether this person's sends wait for a retry (for tests and metrics). */
    boolean stalled(String psid) {
        return stalled.containsKey(psid);
    }

    private void sendOne(String psid, ConversationKey key, SendApi.Delivery how, Outgoing message)
            throws GraphException, InterruptedException {
        gate.awaitTurn(lane(psid));
        if (message instanceof Outgoing.Text text) {
            graph.send(SendApi.Request.message(psid, how, new SendApi.Message(text.text(), null, text.quickReplies())));
        } else {
            Outgoing.File file = (Outgoing.File) message;
            Optional<byte[]> content = files.content(file.fileId());
            if (content.isEmpty()) {
                log.warn("file {} of a reply is no longer stored; not sent", file.fileId());
                return;
            }
            if (content.get().length > GraphClient.MAX_UPLOAD) {
                String said = Messages.of(languages.apply(key)).get("messenger.file.too-large-to-send", file.name(),
                        Math.round(content.get().length / 1024.0 / 1024.0));
                graph.send(SendApi.Request.message(psid, how, new SendApi.Message(said, null, file.quickReplies())));
            } else {
                SendApi.Message attachment = new SendApi.Message(null,
                        new SendApi.Attachment(file.attachmentType(), Map.of("is_reusable", false)), file.quickReplies());
                graph.sendFile(SendApi.Request.message(psid, how, attachment), file.name(), file.mime(), content.get());
            }
        }
        metrics.sent();
        outcomes.succeeded(psid);
        resumeOthers(psid);
    }

    /** What Meta's refusal means for the reply: dropped for good ({@link Refused}), or owed until later. */
    private Exception failed(String psid, Dispatch dispatch, int index, SendFailure failure) {
        metrics.failed(failure.kind());
        switch (failure.kind()) {
            case TRANSIENT -> {
                outcomes.failedTransiently(psid);
                retryLater(psid, failure.kind(), nextPause(psid));
            }
            case RATE_LIMITED -> {
                Duration pause = nextPause(psid);
                retryLater(psid, failure.kind(), pause.compareTo(RATE_LIMIT_PAUSE) < 0 ? RATE_LIMIT_PAUSE : pause);
            }
            case TOKEN -> {
                alerts.token(failure);
                retryLater(psid, failure.kind(), TOKEN_PAUSE);
            }
            default -> {
                if (failure.outsideWindow()) {
                    // Meta counts the window differently from us: wait for the person, like any closed window.
                    return hold(dispatch, index);
                }
                alerts.refused(dispatch.key(), failure);
                long id = dispatch.messageId(index);
                progress.remove(id);
                heldTold.remove(id);
                return new Refused(failure.summary(), null);
            }
        }
        return new NotNow(failure.summary());
    }

    /** Messenger's choices are per message: a number typed later answers the last numbered list shown. */
    private void remember(String psid, Reply reply, ReplyRenderer.Rendered rendered, Contacts.Contact contact) {
        List<String> numbered;
        if (!reply.choices().isEmpty()) {
            numbered = rendered.numbered() == null ? List.of() : rendered.numbered();
        } else if (reply.expects() != Expects.NONE) {
            numbered = List.of();
        } else {
            return;
        }
        if (!numbered.equals(contact.numbered())) {
            contacts.numbered(psid, numbered);
        }
    }

    /** The reply waits for the person's next message; the team is told once per reply. */
    private NotNow hold(Dispatch dispatch, int index) {
        if (heldTold.putIfAbsent(dispatch.messageId(index), Boolean.TRUE) == null) {
            metrics.held();
            alerts.held(dispatch.key());
        }
        return new NotNow("outside Messenger's window");
    }

    private Duration nextPause(String psid) {
        Duration pause = pauses.getOrDefault(psid, FIRST_PAUSE);
        Duration next = pause.multipliedBy(2);
        pauses.put(psid, next.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : next);
        return pause;
    }

    private void retryLater(String psid, SendFailure.Kind kind, Duration pause) {
        log.info("sends to {} wait {} ms ({})", InboundMapper.keyOf(psid), pause.toMillis(), kind);
        Runnable cancel = delays.schedule(pause, () -> {
            stalled.remove(psid);
            kick(psid);
        });
        Stall previous = stalled.put(psid, new Stall(kind, cancel));
        if (previous != null) {
            previous.cancel().run();
        }
    }

    private void cancelRetry(String psid) {
        Stall stall = stalled.remove(psid);
        if (stall != null) {
            stall.cancel().run();
        }
    }

    /** A send went through: whoever waits after a transient failure may try now (the platform is back). */
    private void resumeOthers(String psid) {
        if (stalled.isEmpty()) {
            return;
        }
        for (String other : List.copyOf(stalled.keySet())) {
            Stall stall = stalled.get(other);
            if (!other.equals(psid) && stall != null && stall.kind() == SendFailure.Kind.TRANSIENT
                    && stalled.remove(other, stall)) {
                stall.cancel().run();
                pauses.remove(other);
                kick(other);
            }
        }
    }

    static String psid(ConversationKey key) {
        if (!InboundMapper.CHANNEL.equals(key.channel())) {
            throw new IllegalArgumentException("not a Messenger conversation: " + key.channel());
        }
        return key.externalId();
    }

    static long lane(String psid) {
        return Long.parseLong(psid);
    }
}
