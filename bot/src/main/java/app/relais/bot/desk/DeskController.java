package app.relais.bot.desk;

import app.relais.bot.accounts.Account;
import app.relais.bot.accounts.Accounts;
import app.relais.bot.accounts.InvalidInputException;
import app.relais.bot.accounts.Requesters;
import app.relais.bot.audit.AuditLog;
import app.relais.core.RelaisCore;
import app.relais.handoff.Agent;
import app.relais.handoff.Handoff;
import app.relais.handoff.Ticket;
import app.relais.handoff.TicketStatus;
import app.relais.outage.FaqEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The conversations of the desk and of the admin API: the list (with what each agent has not read
 * yet), one conversation whole, taking (a ticket another agent owns only with {@code takeOver}),
 * assigning to a colleague, answering, private notes, closing back to the bot. The older routes
 * ({@code GET /tickets}, {@code take}/{@code reply}/{@code close} with an {@code agent} name) keep
 * working for automation.
 */
@RestController
@RequestMapping("/api/admin")
class DeskController {

    private static final int TEXT_MAX = 4000;
    private static final int PREVIEW = 160;

    record AgentRequest(String agent, String text, String code, Boolean takeOver) {
    }

    record AssignRequest(Long accountId) {
    }

    record NoteRequest(String text) {
    }

    /** A conversation in the list as the caller sees it. {@code handle}: a short form of the channel's own id. */
    record Row(String id, String status, String channel, String language, String name, String contact, String handle,
               String agent, boolean mine, Instant openedAt, Instant closedAt, boolean waiting, int unread, Last last) {
    }

    record Last(Instant at, String kind, String name, String text) {
    }

    record Colleague(long id, String displayName) {
    }

    private final RelaisCore core;
    private final DeskQueries queries;
    private final ConversationView views;
    private final DeskEvents events;
    private final Requesters requesters;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    DeskController(RelaisCore core, DeskQueries queries, ConversationView views, DeskEvents events,
                   Requesters requesters, Accounts accounts, AuditLog audit, Clock clock) {
        this.core = core;
        this.queries = queries;
        this.views = views;
        this.events = events;
        this.requesters = requesters;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open and taken tickets, oldest first; {@code all}: the latest 200 whatever their status. */
    @GetMapping("/tickets")
    List<Ticket> tickets(@RequestParam(defaultValue = "false") boolean all) {
        return all ? core.handoff().tickets().recent(200) : core.handoff().tickets().active();
    }

    /** {@code view}: {@code active} (open and taken) or {@code closed}; {@code q}: customer, ticket or text. */
    @GetMapping("/desk/conversations")
    ResponseEntity<List<Row>> conversations(@RequestParam(defaultValue = "active") String view,
                                            @RequestParam(required = false) String q) {
        Requesters.Requester requester = requesters.current();
        long account = requester instanceof Requesters.Person p ? p.account().id() : 0;
        String me = DeskAgents.id(requester);
        List<DeskQueries.Row> rows = "closed".equals(view) ? queries.closed(account, q, 100) : queries.active(account, q);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(rows.stream().map(r -> row(r, me)).toList());
    }

    @GetMapping("/tickets/{id}")
    ResponseEntity<ConversationView.View> ticket(@PathVariable String id) {
        Ticket ticket = require(id);
        Requesters.Requester requester = requesters.current();
        Locale locale = Locale.FRENCH;
        if (requester instanceof Requesters.Person person) {
            queries.read(id, person.account().id());
            locale = Locale.forLanguageTag(person.account().language());
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(views.of(ticket, DeskAgents.id(requester), locale));
    }

    @PostMapping("/tickets/{id}/take")
    Ticket take(@PathVariable String id, @RequestBody(required = false) AgentRequest request) {
        Agent agent = DeskAgents.of(requesters.current(), request == null ? null : request.agent());
        Ticket ticket = requireActive(id);
        boolean takeOver = request != null && Boolean.TRUE.equals(request.takeOver());
        if (ticket.status() == TicketStatus.TAKEN && !ticket.takenBy(agent) && !takeOver) {
            throw new Handoff.TakenByAnotherAgentException(ticket);
        }
        return core.handoff().take(id, agent);
    }

    /** Hands the ticket to a colleague, who answers from now on under their own name. */
    @PostMapping("/tickets/{id}/assign")
    Ticket assign(@PathVariable String id, @RequestBody AssignRequest request) {
        requesters.person();
        requireActive(id);
        Account colleague = request == null || request.accountId() == null ? null
                : accounts.find(request.accountId()).filter(a -> a.enabled() && a.passwordHash() != null).orElse(null);
        if (colleague == null) {
            throw new InvalidInputException("account");
        }
        return core.handoff().take(id, new Agent(colleague.agentId(), colleague.displayName()));
    }

    /** Sends {@code text}, or the FAQ answer of {@code code} in the customer's language. */
    @PostMapping("/tickets/{id}/reply")
    Ticket reply(@PathVariable String id, @RequestBody AgentRequest request) {
        Agent agent = DeskAgents.of(requesters.current(), request.agent());
        String text = request.text();
        if (request.code() != null && !request.code().isBlank()) {
            Ticket ticket = require(id);
            FaqEntry entry = core.faq().byShortCode(request.code()).orElseThrow(() -> new InvalidInputException("code"));
            text = core.faq().answer(entry, Locale.forLanguageTag(ticket.language()))
                    .orElseThrow(() -> new InvalidInputException("code-empty"));
        }
        if (text == null || text.isBlank() || text.length() > TEXT_MAX) {
            throw new InvalidInputException("text");
        }
        return core.handoff().reply(id, agent, text.strip());
    }

    @PostMapping("/tickets/{id}/close")
    Ticket close(@PathVariable String id, @RequestBody(required = false) AgentRequest request) {
        Agent agent = DeskAgents.of(requesters.current(), request == null ? null : request.agent());
        return core.handoff().close(id, agent);
    }

    /** A note for the team only: the customer never sees it. */
    @PostMapping("/tickets/{id}/notes")
    ResponseEntity<List<ConversationView.Line>> note(@PathVariable String id, @RequestBody NoteRequest request) {
        Account me = requesters.person();
        Ticket ticket = require(id);
        if (request == null || request.text() == null || request.text().isBlank() || request.text().length() > TEXT_MAX) {
            throw new InvalidInputException("text");
        }
        queries.addNote(ticket.id(), me.id(), me.displayName(), request.text().strip(), clock.instant());
        audit.record(requesters.current().actor(), "ticket.note", ticket.id(), null);
        events.noted(ticket.id());
        return ResponseEntity.ok(views.transcript(ticket));
    }

    /** Colleagues a ticket can be handed to: active accounts. */
    @GetMapping("/desk/agents")
    List<Colleague> colleagues() {
        return accounts.all().stream().filter(a -> a.enabled() && a.passwordHash() != null)
                .map(a -> new Colleague(a.id(), a.displayName())).toList();
    }

    @GetMapping("/notices")
    List<DeskEvents.Notice> notices() {
        return events.notices();
    }

    private Row row(DeskQueries.Row r, String me) {
        Ticket t = r.ticket();
        DeskQueries.Message m = r.last();
        Last last = m == null ? null : new Last(m.at(), m.author().name().toLowerCase(Locale.ROOT), m.name(),
                m.text().length() > PREVIEW ? m.text().substring(0, PREVIEW - 1) + "…" : m.text());
        String external = t.conversation().externalId();
        return new Row(t.id(), t.status().name().toLowerCase(Locale.ROOT), t.conversation().channel(), t.language(),
                t.name(), t.contact(), external.length() > 6 ? external.substring(external.length() - 6) : external,
                t.agent(), me.equals(t.agentId()) && t.status() == TicketStatus.TAKEN, t.openedAt(), t.closedAt(),
                r.waiting(), r.unread(), last);
    }

    private Ticket require(String id) {
        return core.handoff().tickets().find(id).orElseThrow(() -> new Handoff.UnknownTicketException(id));
    }

    private Ticket requireActive(String id) {
        Ticket ticket = require(id);
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new Handoff.TicketClosedException(id);
        }
        return ticket;
    }

    @ExceptionHandler(Handoff.UnknownTicketException.class)
    ResponseEntity<Map<String, String>> unknown(Handoff.UnknownTicketException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "unknown-ticket"));
    }

    @ExceptionHandler(Handoff.TicketClosedException.class)
    ResponseEntity<Map<String, String>> closed(Handoff.TicketClosedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "closed"));
    }

    @ExceptionHandler(Handoff.TakenByAnotherAgentException.class)
    ResponseEntity<Map<String, String>> taken(Handoff.TakenByAnotherAgentException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "taken", "agent", e.ticket().agent()));
    }
}
