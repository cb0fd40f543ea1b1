package app.relais.bot.admin;

import app.relais.catalog.LocalizedText;
import app.relais.core.RelaisCore;
import app.relais.handoff.Handoff;
import app.relais.handoff.Ticket;
import app.relais.handoff.TicketMessage;
import app.relais.outage.FaqEntry;
import app.relais.outage.Incident;
import app.relais.outage.ServiceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin}: incidents per channel (declare, update, end, history), the agent inbox
 * (list, take, reply, close) and canned responses. The bearer token is checked by
 * {@link AdminTokenFilter} before any of this runs.
 */
@RestController
@RequestMapping("/api/admin")
class AdminController {

    private static final int TEXT_MAX = 4000;

    private final RelaisCore core;
    private final AdminDesk desk;

    AdminController(RelaisCore core, AdminDesk desk) {
        this.core = core;
        this.desk = desk;
    }

    record IncidentRequest(String status, LocalizedText message, Instant expectedResolution) {
    }

    record ClearRequest(LocalizedText message) {
    }

    record AgentRequest(String agent, String text, String code) {
    }

    record TicketView(Ticket ticket, List<TicketMessage> messages) {
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
            throw new IllegalArgumentException("status and message (fr and en) are required");
        }
        requireLength(request.message().fr());
        requireLength(request.message().en());
        return core.outage().declare(channel, ServiceStatus.parse(request.status()), request.message(),
                request.expectedResolution());
    }

    @DeleteMapping("/incidents/{channel}")
    ResponseEntity<Incident> clear(@PathVariable String channel, @RequestBody(required = false) ClearRequest request) {
        return core.outage().clear(channel, request == null ? null : request.message())
                .map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/tickets")
    List<Ticket> tickets(@RequestParam(defaultValue = "false") boolean all) {
        return all ? core.handoff().tickets().recent(200) : core.handoff().tickets().active();
    }

    @GetMapping("/tickets/{id}")
    TicketView ticket(@PathVariable String id) {
        Ticket ticket = core.handoff().tickets().find(id).orElseThrow(() -> new Handoff.UnknownTicketException(id));
        return new TicketView(ticket, core.handoff().tickets().messages(id));
    }

    @PostMapping("/tickets/{id}/take")
    Ticket take(@PathVariable String id, @RequestBody AgentRequest request) {
        return core.handoff().take(id, agent(request));
    }

    /** Sends {@code text}, or the canned response of {@code code} in the customer's language. */
    @PostMapping("/tickets/{id}/reply")
    Ticket reply(@PathVariable String id, @RequestBody AgentRequest request) {
        String text = request.text();
        if (request.code() != null && !request.code().isBlank()) {
            Ticket ticket = core.handoff().tickets().find(id).orElseThrow(() -> new Handoff.UnknownTicketException(id));
            FaqEntry entry = core.faq().byShortCode(request.code())
                    .orElseThrow(() -> new IllegalArgumentException("no canned response '" + request.code() + "'"));
            text = core.faq().answer(entry, java.util.Locale.forLanguageTag(ticket.language()))
                    .orElseThrow(() -> new IllegalArgumentException("the answer of '" + request.code()
                            + "' names only contacts the business profile leaves empty"));
        }
        requireLength(text);
        return core.handoff().reply(id, agent(request), text);
    }

    @PostMapping("/tickets/{id}/close")
    Ticket close(@PathVariable String id, @RequestBody AgentRequest request) {
        return core.handoff().close(id, agent(request));
    }

    @GetMapping("/canned")
    List<Canned> canned() {
        return core.faq().entries().stream().map(e -> new Canned(e.shortCode(), e.question(), e.answer())).toList();
    }

    @GetMapping("/notices")
    List<AdminDesk.Notice> notices() {
        return desk.notices();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(Handoff.UnknownTicketException.class)
    ResponseEntity<Map<String, String>> unknown(Handoff.UnknownTicketException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(Handoff.TicketClosedException.class)
    ResponseEntity<Map<String, String>> closed(Handoff.TicketClosedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }

    private static String agent(AgentRequest request) {
        if (request == null || request.agent() == null || request.agent().isBlank() || request.agent().length() > 100
                || request.agent().chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("agent: the agent's name, 1-100 characters, one line");
        }
        return request.agent().strip();
    }

    /** Who saved an edit: the name the admin page sends, until the desk's accounts name the agent. */
    static String editor(String name) {
        if (name == null || name.isBlank()) {
            return "admin";
        }
        String stripped = name.strip();
        if (stripped.length() > 100 || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("editor: a name, 1-100 characters, one line");
        }
        return stripped;
    }

    private static void requireLength(String text) {
        if (text == null || text.isBlank() || text.length() > TEXT_MAX) {
            throw new IllegalArgumentException("text must be 1-" + TEXT_MAX + " characters");
        }
    }
}
