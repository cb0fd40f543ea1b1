package app.relais.webchat.socket;

import app.relais.cluster.ClusterBus;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.Replies;
import app.relais.outage.Banner;
import app.relais.outage.BannerPublisher;
import app.relais.outage.OutageBoard;
import app.relais.outbox.Outbox;
import app.relais.outbox.OutboxSender;
import app.relais.webchat.WebChat;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Everything that reaches a web customer, in order, from the conversation's outbox: a turn's
 * replies on the socket that asked, messages written outside a turn (an agent's answer, a
 * reminder) on every socket the session has open here, and on resume what the conversation is
 * still owed, before anything new. Sends of one session hold its lock, so frames leave in id order
 * (the widget drops a frame older than the last it showed). Instances tell each other through the
 * {@link ClusterBus}: "outbox" names a conversation with messages waiting, "banner" says the
 * outage banner changed; the instance holding the socket does the sending.
 */
final class CustomerLine implements BannerPublisher {

    static final String OUTBOX = Outbox.SIGNAL;
    static final String BANNER = "banner";
    /** Sends of one session are serialised on one of these; a session's sends take microseconds. */
    private static final int STRIPES = 1024;

    private final LiveSockets sockets;
    private final BotFrames frames;
    private final OutboxSender sender;
    private final Supplier<Banner> currentBanner;
    private final ClusterBus bus;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    CustomerLine(LiveSockets sockets, BotFrames frames, Outbox outbox, OutageBoard outage, ClusterBus bus) {
        this(sockets, frames, outbox, outage::banner, bus);
    }

    CustomerLine(LiveSockets sockets, BotFrames frames, Outbox outbox, Supplier<Banner> currentBanner, ClusterBus bus) {
        this.sockets = sockets;
        this.frames = frames;
        this.sender = new OutboxSender(outbox);
        this.currentBanner = currentBanner;
        this.bus = bus;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
        bus.subscribe(OUTBOX, signal -> sendOwedHere(ConversationKey.parse(signal)));
        bus.subscribe(BANNER, signal -> pushBannerToAll());
    }

    /**
     * A session just said hello on this instance: the banner, then, when it resumed, what its
     * conversation is owed (not accepted yet, or above {@code seenUpTo}, the last id its client
     * showed; 0: unknown).
     */
    void opened(ChatConnection connection, boolean resumed, long seenUpTo) {
        Banner banner = currentBanner.get();
        if (!banner.cleared()) {
            connection.send(bannerFrame(banner, connection));
        }
        if (!resumed) {
            return;
        }
        String session = connection.sessionId();
        inOrder(session, () -> sender.flush(WebChat.key(session), seenUpTo, outlet(session, List.of(connection))));
    }

    /** A turn's replies, to the socket whose frame caused them. */
    void answer(ChatConnection connection, Replies replies) {
        String session = connection.sessionId();
        Dispatch dispatch = Dispatch.of(WebChat.key(session), replies);
        inOrder(session, () -> sender.send(dispatch, outlet(session, List.of(connection))));
    }

    /**
     * A message written outside a turn: to the session's sockets here, else signalled to the
     * instance that may hold one (it stays owed until the session resumes anyway).
     */
    void push(Dispatch dispatch) {
        String session = dispatch.key().externalId();
        List<ChatConnection> open = sockets.of(session);
        if (open.isEmpty()) {
            bus.publish(OUTBOX, dispatch.key().asString());
            return;
        }
        inOrder(session, () -> sender.send(dispatch, outlet(session, open)));
    }

    /** The time zone an open page of {@code session} said it is in, on this instance. */
    Optional<ZoneId> zone(String session) {
        return sockets.of(session).stream().map(ChatConnection::zone).filter(Objects::nonNull).findFirst();
    }

    /** The frame that replaces the person's message {@code id} by what was kept once a secret was masked in it. */
    String masked(String id, String text) {
        return frames.masked(id, text);
    }

    /** The frame that tells a page its conversation was erased (/forget). */
    String forgotten() {
        return frames.forgotten();
    }

    /** The conversation now speaks another language (/lang): so does the banner. */
    void languageChanged(ChatConnection connection) {
        Banner banner = currentBanner.get();
        if (!banner.cleared()) {
            connection.send(bannerFrame(banner, connection));
        }
    }

    @Override
    public void publish(Banner banner) {
        bus.publish(BANNER, banner.cleared() ? "cleared" : banner.level().wireName());
    }

    private void sendOwedHere(ConversationKey key) {
        if (!WebChat.CHANNEL.equals(key.channel())) {
            return;
        }
        List<ChatConnection> open = sockets.of(key.externalId());
        if (!open.isEmpty()) {
            inOrder(key.externalId(), () -> sender.flush(key, 0, outlet(key.externalId(), open)));
        }
    }

    private SocketOutlet outlet(String session, List<ChatConnection> to) {
        return new SocketOutlet(session, to, frames);
    }

    private void inOrder(String session, Runnable sends) {
        int hash = session.hashCode();
        ReentrantLock lock = locks[(hash ^ (hash >>> 16)) & (STRIPES - 1)];
        lock.lock();
        try {
            sends.run();
        } finally {
            lock.unlock();
        }
    }

    private void pushBannerToAll() {
        Banner banner = currentBanner.get();
        for (ChatConnection connection : sockets.all()) {
            connection.send(bannerFrame(banner, connection));
        }
    }

    private String bannerFrame(Banner banner, ChatConnection connection) {
        Locale language = connection.language() != null ? Locale.forLanguageTag(connection.language()) : connection.locale();
        return frames.banner(banner.level().wireName(), banner.cleared() ? null : banner.text().in(language));
    }
}
