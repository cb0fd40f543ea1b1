package app.relais.bot.admin;

import app.relais.bot.detection.AutoIncidents;
import app.relais.bot.detection.InMemoryAutoIncidents;
import app.relais.catalog.LocalizedText;
import app.relais.core.RelaisCore;
import app.relais.outage.ChannelState;
import app.relais.outage.Incident;
import java.time.Clock;
import java.time.Instant;
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

/** The public status of the business's channels: {@code /api/status} (JSON) and {@code /status} (a page). */
@RestController
class StatusController {

    private final RelaisCore core;
    private final Clock clock;
    private final StatusPage page;
    private final AutoIncidents autos;

    StatusController(RelaisCore core, Clock clock, app.relais.bot.RelaisProperties properties,
                     ObjectProvider<AutoIncidents> autos) {
        this.core = core;
        this.autos = autos.getIfAvailable(InMemoryAutoIncidents::new);
        this.clock = clock;
        this.page = new StatusPage(properties.zone());
    }

    record ChannelView(String id, LocalizedText label, String status, Instant since, Instant lastUpdate,
                       LocalizedText message, Instant expectedResolution) {
    }

    record UpdateView(Instant at, String status, LocalizedText message, Instant expectedResolution) {
    }

    /** {@code detectedAutomatically}: declared by Relais from failing sends, not by a person. */
    record IncidentView(String id, String channel, String status, Instant openedAt, Instant closedAt,
                        List<UpdateView> updates, boolean detectedAutomatically) {
    }

    record StatusView(String business, Instant generatedAt, List<ChannelView> channels, List<IncidentView> incidents) {
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
        List<ChannelView> channels = core.outage().states().stream().map(StatusController::channel).toList();
        List<Incident> history = core.outage().history();
        Set<String> automatic = autos.automatic(history.stream().map(Incident::id).toList());
        List<IncidentView> incidents = history.stream().map(i -> incident(i, automatic.contains(i.id()))).toList();
        return new StatusView(core.outage().business().name(), clock.instant(), channels, incidents);
    }

    private static ChannelView channel(ChannelState s) {
        Incident i = s.incident();
        return new ChannelView(s.channel().id(), s.channel().label(), s.status().wireName(), s.since(), s.lastUpdate(),
                i == null ? null : i.message(), i == null ? null : i.expectedResolution());
    }

    private static IncidentView incident(Incident i, boolean automatic) {
        return new IncidentView(i.id(), i.channel(), i.open() ? i.status().wireName() : "resolved", i.openedAt(),
                i.closedAt(), i.updates().stream().map(u -> new UpdateView(u.at(), u.status().wireName(), u.message(),
                u.expectedResolution())).toList(), automatic);
    }
}
