package app.relais.bot.admin;

import app.relais.bot.accounts.Requesters;
import app.relais.bot.audit.Actor;
import app.relais.bot.audit.AuditLog;
import app.relais.catalog.LocalizedText;
import app.relais.core.RelaisCore;
import app.relais.i18n.Refusal;
import app.relais.outage.Incident;
import app.relais.outage.ServiceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin}: incidents per channel (declare, update, end, history) and the FAQ's short
 * codes an agent may send as an answer. Who may call it is settled by the security chain (a
 * desk session or a bearer token); the conversations are the desk's ({@code app.relais.bot.desk}).
 */
@RestController
@RequestMapping("/api/admin")
class AdminController {

    private static final int TEXT_MAX = 4000;

    private final RelaisCore core;
    private final AuditLog audit;
    private final Requesters requesters;

    AdminController(RelaisCore core, AuditLog audit, Requesters requesters) {
        this.core = core;
        this.audit = audit;
        this.requesters = requesters;
    }

    record IncidentRequest(String status, LocalizedText message, Instant expectedResolution) {
    }

    record ClearRequest(LocalizedText message) {
    }

    record Canned(String code, LocalizedText question, LocalizedText answer) {
    }

    @GetMapping("/incidents")
    Map<String, Object> incidents() {
        return Map.of("open", core.outage().open(), "history", core.outage().history(),
                "updatesDue", core.outage().updatesDue().stream().map(Incident::id).toList());
    }

    @PutMapping("/incidents/{channel}")
    Incident declare(@PathVariable String channel, @RequestBody IncidentRequest request) {
        if (request.status() == null || request.message() == null) {
            throw new Refusal("incident.required");
        }
        requireLength(request.message().fr());
        requireLength(request.message().en());
        Incident incident = core.outage().declare(channel, ServiceStatus.parse(request.status()), request.message(),
                request.expectedResolution());
        audit.record(requesters.current().actor(), "incident.declare", channel, incident.status().wireName());
        return incident;
    }

    @DeleteMapping("/incidents/{channel}")
    ResponseEntity<Incident> clear(@PathVariable String channel, @RequestBody(required = false) ClearRequest request) {
        return core.outage().clear(channel, request == null ? null : request.message()).map(incident -> {
            audit.record(requesters.current().actor(), "incident.end", channel, null);
            return ResponseEntity.ok(incident);
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The FAQ's answers by short code ({@code "code"} in a reply); the team's own canned answers are the desk's. */
    @GetMapping("/canned")
    List<Canned> canned() {
        return core.faq().entries().stream().map(e -> new Canned(e.shortCode(), e.question(), e.answer())).toList();
    }

    /** Who saved a business edit, as kept with it: an account's display name, or a token's name. */
    static String editor(Actor actor) {
        return actor.name() != null ? actor.name() : actor.id();
    }

    private static void requireLength(String text) {
        if (text == null || text.isBlank() || text.length() > TEXT_MAX) {
            throw new Refusal("text-length", new Refusal.Field("message"), TEXT_MAX);
        }
    }
}
