package app.relais.bot.admin;

import app.relais.bot.detection.AutoIncidents;
import app.relais.bot.detection.InMemoryAutoIncidents;
import app.relais.catalog.LocalizedText;
import app.relais.core.RelaisCore;
import app.relais.outage.BusinessProfile;
import app.relais.outage.ChannelState;
import app.relais.outage.Incident;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public status of the business's channels: {@code /api/status} (JSON) and {@code /status} (a
 * page), with the business's name, its contacts (those its profile gives), a link to the chat,
 * and the incidents of the last 90 days; times in the business's zone, which both name.
 */
@RestController
class StatusController {

    private final RelaisCore core;
    private final Clock clock;
    private final ZoneId defaultZone;
    private final StatusPage page = new StatusPage();
    private final AutoIncidents autos;

    StatusController(RelaisCore core, Clock clock, app.relais.bot.RelaisProperties properties,
                     ObjectProvider<AutoIncidents> autos) {
        this.core = core;
        this.autos = autos.getIfAvailable(InMemoryAutoIncidents::new);
        this.clock = clock;
        this.defaultZone = properties.zone();
    }

    /** {@code shown}: false for a channel the business gave no address for and that has no incident (left off the page). */
    record ChannelView(String id, LocalizedText label, String status, Instant since, Instant lastUpdate,
                       LocalizedText message, Instant expectedResolution, boolean shown) {
    }

    record UpdateView(Instant at, String status, LocalizedText message, Instant expectedResolution) {
    }

    /** {@code detectedAutomatically}: declared by Relais from failing sends, not by a person. */
    record IncidentView(String id, String channel, String status, Instant openedAt, Instant closedAt,
                        List<UpdateView> updates, boolean detectedAutomatically) {
    }

    record ContactView(String kind, String value, String href) {
    }

    /** The business as customers may read it: null or empty where its profile says nothing. */
    record BusinessView(String name, LocalizedText statusNote, List<ContactView> contacts, LocalizedText hours,
                        List<String> languages, String chatUrl) {
    }

    record StatusView(String business, BusinessView profile, String zone, Instant generatedAt, List<ChannelView> channels,
                      List<IncidentView> incidents) {
    }

    @GetMapping(value = "/api/status", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StatusView> status() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(view());
    }

    /** Server-rendered so it works without JavaScript; its small script only refreshes it. */
    @GetMapping(value = "/status", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@RequestParam(required = false) String lang,
                                @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        Locale locale = "en".equals(lang) || lang == null && acceptLanguage != null
                && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.FRENCH;
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", "default-src 'self'; style-src 'self'; script-src 'self'")
                .body(page.render(view(), locale));
    }

    StatusView view() {
        BusinessProfile p = core.profiles().current();
        List<ChannelView> channels = core.outage().states().stream().map(s -> channel(s, p)).toList();
        List<Incident> history = core.outage().history();
        Set<String> automatic = autos.automatic(history.stream().map(Incident::id).toList());
        List<IncidentView> incidents = history.stream().map(i -> incident(i, automatic.contains(i.id()))).toList();
        BusinessView business = new BusinessView(p.name(), p.statusNote(),
                p.contacts().stream().map(c -> new ContactView(c.kind().name().toLowerCase(Locale.ROOT), c.value(), c.href()))
                        .toList(), p.hours(), p.languages(), p.chatUrl() != null ? p.chatUrl() : "/");
        return new StatusView(p.name(), business, p.zoneOr(defaultZone).getId(), clock.instant(), channels, incidents);
    }

    private static ChannelView channel(ChannelState s, BusinessProfile profile) {
        Incident i = s.incident();
        return new ChannelView(s.channel().id(), s.channel().label(), s.status().wireName(), s.since(), s.lastUpdate(),
                i == null ? null : i.message(), i == null ? null : i.expectedResolution(),
                i != null || s.channel().reachableIn(profile));
    }

    private static IncidentView incident(Incident i, boolean automatic) {
        return new IncidentView(i.id(), i.channel(), i.open() ? i.status().wireName() : "resolved", i.openedAt(),
                i.closedAt(), i.updates().stream().map(u -> new UpdateView(u.at(), u.status().wireName(), u.message(),
                u.expectedResolution())).toList(), automatic);
    }
}
