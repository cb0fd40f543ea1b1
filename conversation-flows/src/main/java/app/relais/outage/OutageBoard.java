package app.relais.outage;

import app.relais.catalog.LocalizedText;
import app.relais.i18n.Messages;
import app.relais.i18n.Refusal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The state of the business's channels. Admins declare, update and clear incidents; every change
 * is kept as an update (history) and pushed to live sessions as a banner. An open incident whose
 * last update is older than the cadence (two hours, as the community manager's playbook says)
 * is due for an update, which Relais suggests to the admins.
 */
public final class OutageBoard {

    public static final Duration CADENCE = Duration.ofHours(2);
    public static final Duration HISTORY = Duration.ofDays(90);
    private static final SecureRandom IDS = new SecureRandom();

    private final BusinessProfiles business;
    private final IncidentStore store;
    private final List<BannerPublisher> banners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Clock clock;

    public OutageBoard(BusinessProfiles business, IncidentStore store, BannerPublisher banners, Clock clock) {
        this.business = business;
        this.store = store;
        this.banners.add(banners);
        this.clock = clock;
    }

    /** The business profile in force. */
    public BusinessProfile business() {
        return business.current();
    }

    public BusinessProfiles profiles() {
        return business;
    }

    /**
     * Declares an incident on a channel, or updates the open one. {@code OPERATIONAL} ends it.
     * {@code expectedResolution} is null unless the admin knows it.
     */
    public Incident declare(String channel, ServiceStatus status, LocalizedText message, Instant expectedResolution) {
        requireChannel(channel);
        if (status == ServiceStatus.OPERATIONAL) {
            return clear(channel, message).orElseThrow(() -> new Refusal("incident.none-open", channel));
        }
        Instant now = clock.instant();
        IncidentUpdate update = new IncidentUpdate(now, status, message, expectedResolution);
        Incident incident = store.openOn(channel).map(open -> open.with(update))
                .orElseGet(() -> new Incident(newId(), channel, now, null, List.of(update)));
        store.save(incident);
        publish();
        return incident;
    }

    /** Ends the open incident of a channel; empty when there was none. A null message says "back to normal". */
    public Optional<Incident> clear(String channel, LocalizedText message) {
        requireChannel(channel);
        Optional<Incident> open = store.openOn(channel);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        LocalizedText said = message != null ? message : new LocalizedText(
                Messages.of("fr").get("outage.resolved"), Messages.of("en").get("outage.resolved"));
        Incident closed = open.get().closed(new IncidentUpdate(clock.instant(), ServiceStatus.OPERATIONAL, said, null));
        store.save(closed);
        publish();
        return Optional.of(closed);
    }

    /** Adds a channel that shows banners live (the web chat registers itself at start). */
    public void addPublisher(BannerPublisher publisher) {
        banners.add(publisher);
    }

    private void publish() {
        Banner now = banner();
        banners.forEach(p -> p.publish(now));
    }

    public boolean anyOpen() {
        return !store.open().isEmpty();
    }

    public List<Incident> open() {
        return store.open();
    }

    /** Each channel of the business, in the configured order. */
    public List<ChannelState> states() {
        List<Incident> recent = store.since(clock.instant().minus(HISTORY));
        List<ChannelState> states = new ArrayList<>();
        for (BusinessChannel channel : business().channels()) {
            Optional<Incident> open = store.openOn(channel.id());
            if (open.isPresent()) {
                Incident i = open.get();
                states.add(new ChannelState(channel, i.status(), i.openedAt(), i.lastUpdateAt(), i));
                continue;
            }
            Optional<Incident> lastClosed = recent.stream().filter(i -> i.channel().equals(channel.id()) && !i.open())
                    .max(java.util.Comparator.comparing(Incident::closedAt));
            states.add(lastClosed
                    .map(i -> new ChannelState(channel, ServiceStatus.OPERATIONAL, i.closedAt(), i.closedAt(), null))
                    .orElseGet(() -> new ChannelState(channel, ServiceStatus.OPERATIONAL, null, null, null)));
        }
        return states;
    }

    /** Incidents of the last 90 days, newest first. */
    public List<Incident> history() {
        return store.since(clock.instant().minus(HISTORY));
    }

    /** Open incidents whose last update is at least {@link #CADENCE} old. */
    public List<Incident> updatesDue() {
        Instant limit = clock.instant().minus(CADENCE);
        return store.open().stream().filter(i -> !i.lastUpdateAt().isAfter(limit)).toList();
    }

    /** The banner live sessions should show now, or {@link Banner#NONE}. */
    public Banner banner() {
        List<Incident> open = store.open();
        if (open.isEmpty()) {
            return Banner.NONE;
        }
        boolean outage = open.stream().anyMatch(i -> i.status() == ServiceStatus.OUTAGE);
        return new Banner(outage ? Banner.Level.WARNING : Banner.Level.INFO,
                new LocalizedText(summary(open, Messages.of("fr")), summary(open, Messages.of("en"))));
    }

    /** The short notice a channel without banners (Telegram) puts before its replies, if any. */
    public Optional<String> notice(Locale locale) {
        Banner banner = banner();
        return banner.cleared() ? Optional.empty()
                : Optional.of(Messages.of(locale).get("outage.notice", banner.text().in(locale)));
    }

    public String label(String channel, Locale locale) {
        return business().channel(channel).map(c -> c.label().in(locale)).orElse(channel);
    }

    /** The banner customers would see if {@code channel} were declared with {@code message} (the crisis kit's preview). */
    public String previewBanner(String channel, String message, Locale locale) {
        Messages texts = Messages.of(locale);
        return texts.get("outage.banner.line", label(channel, texts.locale()), message);
    }

    public Optional<Incident> find(String id) {
        return store.find(id);
    }

    public Optional<Incident> openOn(String channel) {
        return store.openOn(channel);
    }

    private String summary(List<Incident> open, Messages texts) {
        List<String> lines = new ArrayList<>();
        for (Incident i : open) {
            lines.add(texts.get("outage.banner.line", label(i.channel(), texts.locale()), i.message().in(texts.locale())));
        }
        return String.join(" — ", lines);
    }

    private void requireChannel(String channel) {
        if (business().channel(channel).isEmpty()) {
            throw new Refusal("incident.channel", channel,
                    String.join(", ", business().channels().stream().map(BusinessChannel::id).toList()));
        }
    }

    private static String newId() {
        byte[] bytes = new byte[9];
        IDS.nextBytes(bytes);
        return "inc-" + java.util.HexFormat.of().formatHex(bytes);
    }
}
