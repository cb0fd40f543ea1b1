package app.relais.bot.messenger;

import app.relais.bot.channel.ChatLanes;
import app.relais.bot.channel.Delays;
import app.relais.bot.channel.SendGate;
import app.relais.bot.channel.SendOutcomes;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Expects;
import app.relais.conversation.Reply;
import app.relais.files.FileStore;
import app.relais.i18n.Messages;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each person's {@link PendingReplies}, oldest first, from that person's lane, so one
 * person's messages never cross. A reply leaves the queue only once all its messages went out, or
 * Meta refused it for good (the team is told). When Meta fails for a while (codes 1, 2, 1200,
 * 5xx, timeouts), the person's lane is freed and a retry is scheduled after a pause that doubles
 * up to {@link #MAX_PAUSE}; nothing holds a thread while waiting, and the first success for anyone
 * resumes everyone at once: the platform is back. A reply outside Messenger's window waits for the
 * person's next message ({@link SendWindow}); the team is told once.
 *
 * <p>Each message of a reply is remembered once sent, so a retry resumes where it stopped instead
 * of repeating the first part (in memory: after a restart a partly sent reply is sent whole).
 */
final class MessengerSender {

    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final Duration MAX_PAUSE = Duration.ofSeconds(30);
    static final Duration RATE_LIMIT_PAUSE = Duration.ofSeconds(30);
    static final Duration TOKEN_PAUSE = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(MessengerSender.class);

    private final PendingReplies pending;
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
    private final Map<Long, Integer> progress = new ConcurrentHashMap<>();
    private final Map<String, Duration> pauses = new ConcurrentHashMap<>();
    private final Map<String, Stall> stalled = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> heldTold = new ConcurrentHashMap<>();

    /** A person whose sends wait for a retry: why, and how to call it off. */
    private record Stall(SendFailure.Kind kind, Runnable cancel) {
    }

    MessengerSender(PendingReplies pending, GraphClient graph, FileStore files, Contacts contacts, SendGate gate,
                    ChatLanes lanes, Delays delays, SendOutcomes outcomes, TeamAlerts alerts,
                    Function<ConversationKey, Locale> languages, Clock clock, MessengerMetrics metrics) {
        this.pending = pending;
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

    /** Queues replies for a person; they go out from the person's lane, after anything queued before. */
    void queue(String psid, List<Reply> replies, PendingReplies.Kind kind) {
        if (!replies.isEmpty()) {
            pending.add(InboundMapper.keyOf(psid), replies, kind, clock.instant());
        }
    }

    /** Drops what still waits for this person (/forget: it was about the conversation erased). */
    void forget(String psid) {
        pending.erase(InboundMapper.keyOf(psid));
    }

    /** Sends this person's waiting replies from their lane (from any thread). */
    void kick(String psid) {
        lanes.submit(lane(psid), () -> {
            try {
                sendNow(psid);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /**
     * Sends what waits for this person now, from their lane; whatever goes wrong, what is left is
     * tried again later (an unexpected failure is one more reason to, not a reason to stop).
     */
    void sendNow(String psid) throws InterruptedException {
        try {
            drain(psid);
        } catch (RuntimeException e) {
            log.warn("sending to {} failed ({}); tried again later", InboundMapper.keyOf(psid), e.toString());
            log.debug("send failure", e);
            retryLater(psid, SendFailure.Kind.TRANSIENT, nextPause(psid));
        }
    }

    /** Sends what waits for this person now, in order. Call from the person's lane only. */
    private void drain(String psid) throws InterruptedException {
        cancelRetry(psid);
        ConversationKey key = InboundMapper.keyOf(psid);
        Contacts.Contact contact = contacts.find(psid).orElse(new Contacts.Contact(psid, null, List.of()));
        for (PendingReplies.Entry entry : pending.pending(key)) {
            SendApi.Delivery how = SendWindow.decide(entry.kind(), contact.lastMessageAt(), clock.instant());
            if (how == null) {
                hold(entry);
                return;
            }
            if (!send(psid, entry, how, contact)) {
                return;
            }
        }
        pauses.remove(psid);
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

    /** Sends every conversation's waiting replies (at start: what a previous run left). */
    void resumeAll() {
        for (ConversationKey key : pending.waiting(InboundMapper.CHANNEL)) {
            kick(key.externalId());
        }
    }

    /** Whether this person's sends wait for a retry (for tests and metrics). */
    boolean stalled(String psid) {
        return stalled.containsKey(psid);
    }

    /** Sends one reply's messages from where it stopped; false when the person's sends must stop for now. */
    private boolean send(String psid, PendingReplies.Entry entry, SendApi.Delivery how, Contacts.Contact contact)
            throws InterruptedException {
        ReplyRenderer.Rendered rendered = renderer.render(entry.reply());
        List<Outgoing> messages = rendered.messages();
        for (int i = progress.getOrDefault(entry.id(), 0); i < messages.size(); i++) {
            try {
                sendOne(psid, entry.key(), how, messages.get(i));
            } catch (GraphException e) {
                return failed(psid, entry, e.failure());
            }
            progress.put(entry.id(), i + 1);
        }
        remember(psid, entry.reply(), rendered, contact);
        done(entry);
        return true;
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

    /** What to do after Meta refused a message; true when the reply was dropped and the next may go. */
    private boolean failed(String psid, PendingReplies.Entry entry, SendFailure failure) {
        metrics.failed(failure.kind());
        switch (failure.kind()) {
            case TRANSIENT -> {
                outcomes.failedTransiently(psid);
                retryLater(psid, failure.kind(), nextPause(psid));
                return false;
            }
            case RATE_LIMITED -> {
                Duration pause = nextPause(psid);
                retryLater(psid, failure.kind(), pause.compareTo(RATE_LIMIT_PAUSE) < 0 ? RATE_LIMIT_PAUSE : pause);
                return false;
            }
            case TOKEN -> {
                alerts.token(failure);
                retryLater(psid, failure.kind(), TOKEN_PAUSE);
                return false;
            }
            default -> {
                if (failure.outsideWindow()) {
                    // Meta counts the window differently from us: wait for the person, like any closed window.
                    hold(entry);
                    return false;
                }
                alerts.refused(entry.key(), failure);
                done(entry);
                return true;
            }
        }
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

    private void hold(PendingReplies.Entry entry) {
        if (heldTold.putIfAbsent(entry.id(), Boolean.TRUE) == null) {
            metrics.held();
            alerts.held(entry.key());
        }
    }

    private void done(PendingReplies.Entry entry) {
        pending.sent(entry.id());
        progress.remove(entry.id());
        heldTold.remove(entry.id());
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

    /** A send went through: whoever waits after a transient failure may try now. */
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

    static long lane(String psid) {
        return Long.parseLong(psid);
    }
}
