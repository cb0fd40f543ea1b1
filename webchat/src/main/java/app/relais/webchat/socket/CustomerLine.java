package app.relais.webchat.socket;

import app.relais.cluster.ClusterBus;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Reply;
import app.relais.handoff.Outbox;
import app.relais.handoff.OutboxMessage;
import app.relais.outage.Banner;
import app.relais.outage.BannerPublisher;
import app.relais.outage.OutageBoard;
import app.relais.webchat.WebChat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What reaches a web customer outside the request/reply rhythm: messages that waited in the
 * outbox (an agent's answer, a reminder, written while they were away or while their socket was
 * held by another instance) and the outage banner. Instances tell each other through the
 * {@link ClusterBus}: "outbox" names a conversation with mail waiting, "banner" says the banner
 * changed; the instance holding the socket does the sending.
 */
final class CustomerLine implements BannerPublisher {

    static final String OUTBOX = Outbox.SIGNAL;
    static final String BANNER = "banner";

    private final LiveSockets sockets;
    private final BotFrames frames;
    private final Outbox outbox;
    private final Supplier<Banner> currentBanner;
    private final ClusterBus bus;
    private final Clock clock;

    CustomerLine(LiveSockets sockets, BotFrames frames, Outbox outbox, OutageBoard outage, ClusterBus bus, Clock clock) {
        this(sockets, frames, outbox, outage::banner, bus, clock);
    }

    CustomerLine(LiveSockets sockets, BotFrames frames, Outbox outbox, Supplier<Banner> currentBanner, ClusterBus bus,
                 Clock clock) {
        this.clock = clock;
        this.sockets = sockets;
        this.frames = frames;
        this.outbox = outbox;
        this.currentBanner = currentBanner;
        this.bus = bus;
        bus.subscribe(OUTBOX, signal -> deliverWaiting(ConversationKey.parse(signal)));
        bus.subscribe(BANNER, signal -> pushBannerToAll());
    }

    /** A session just said hello on this instance: show the banner, then whatever waited for it. */
    void opened(ChatConnection connection) {
        Banner banner = currentBanner.get();
        if (!banner.cleared()) {
            connection.send(bannerFrame(banner, connection));
        }
        deliverWaiting(WebChat.key(connection.sessionId()));
    }

    /**
     * Keeps replies for a session with no socket here (the outbox signals the instance that may
     * hold it). Only the text travels; buttons are offered again by the flow when the user answers.
     */
    void keep(ConversationKey key, List<Reply> replies) {
        replies.forEach(r -> outbox.enqueue(key, new OutboxMessage(null, r.text(), clock.instant())));
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

    private void deliverWaiting(ConversationKey key) {
        if (!WebChat.CHANNEL.equals(key.channel())) {
            return;
        }
        List<ChatConnection> open = sockets.of(key.externalId());
        if (open.isEmpty()) {
            return;
        }
        for (OutboxMessage message : outbox.drain(key)) {
            String frame = message.agentName() == null
                    ? frames.render(key.externalId(), Reply.text(message.text()))
                    : frames.agent(message.agentName(), message.text());
            open.forEach(c -> c.send(frame));
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
