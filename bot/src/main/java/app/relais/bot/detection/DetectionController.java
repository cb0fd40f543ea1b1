package app.relais.bot.detection;

import app.relais.bot.accounts.Requesters;
import app.relais.bot.audit.Actor;
import app.relais.bot.audit.AuditLog;
import app.relais.catalog.LocalizedText;
import app.relais.core.RelaisCore;
import app.relais.outage.Incident;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What administrators do with automatic incidents, beside the incident routes they already have
 * (editing with {@code PUT /api/admin/incidents/{channel}}, ending with {@code DELETE}): see the
 * monitors, confirm an incident Relais declared, and write in advance the message its automatic
 * end will publish. Under {@code /api/admin}, so the admin authentication applies; a confirmation
 * is made in the name of the signed-in person (or token) and kept in the audit log.
 */
@RestController
class DetectionController {

    private static final int TEXT_MAX = 4000;

    private final RelaisCore core;
    private final AutoIncidents autos;
    private final OutageMonitors monitors;
    private final Clock clock;
    private final AuditLog audit;
    private final Requesters requesters;

    DetectionController(RelaisCore core, AutoIncidents autos, OutageMonitors monitors, Clock clock, AuditLog audit,
                        Requesters requesters) {
        this.core = core;
        this.audit = audit;
        this.requesters = requesters;
        this.autos = autos;
        this.monitors = monitors;
        this.clock = clock;
    }

    /** One channel's detection: its window, its open incident if Relais declared it, its end message. */
    record ChannelDetection(OutageMonitor.Health health, AutoIncidents.Detected openIncident,
                            LocalizedText recoveryMessage) {
    }

    /**
     * Each monitored channel, and any other channel whose open incident Relais declared (a monitor
     * of a previous run, Messenger since turned off): {@code health} is null for those.
     */
    @GetMapping("/api/admin/detection")
    List<ChannelDetection> detection() {
        List<ChannelDetection> all = new ArrayList<>(monitors.all().stream().map(m -> new ChannelDetection(m.health(),
                open(m.channel()).flatMap(i -> autos.find(i.id())).orElse(null),
                autos.recoveryMessage(m.channel()).orElse(null))).toList());
        for (Incident incident : core.outage().open()) {
            if (monitors.of(incident.channel()).isEmpty()) {
                autos.find(incident.id()).ifPresent(detected -> all.add(new ChannelDetection(null, detected,
                        autos.recoveryMessage(incident.channel()).orElse(null))));
            }
        }
        return all;
    }

    @PostMapping("/api/admin/incidents/{channel}/confirm")
    ResponseEntity<AutoIncidents.Detected> confirm(@PathVariable String channel) {
        Actor actor = requesters.current().actor();
        Optional<Incident> open = open(channel);
        if (open.isEmpty() || !autos.confirm(open.get().id(), actor.name() != null ? actor.name() : actor.id(),
                clock.instant())) {
            return ResponseEntity.notFound().build();
        }
        audit.record(actor, "incident.confirm", channel, null);
        return ResponseEntity.of(autos.find(open.get().id()));
    }

    @PutMapping("/api/admin/incidents/{channel}/recovery-message")
    LocalizedText recoveryMessage(@PathVariable String channel, @RequestBody LocalizedText message) {
        if (core.outage().business().channel(channel).isEmpty()) {
            throw new IllegalArgumentException("unknown channel '" + channel + "'");
        }
        if (message == null || invalid(message.fr()) || invalid(message.en())) {
            throw new IllegalArgumentException("fr and en are required, 1-" + TEXT_MAX + " characters each");
        }
        autos.recoveryMessage(channel, message);
        return message;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    private Optional<Incident> open(String channel) {
        return core.outage().open().stream().filter(i -> i.channel().equals(channel)).findFirst();
    }

    private static boolean invalid(String text) {
        return text == null || text.isBlank() || text.length() > TEXT_MAX;
    }
}
