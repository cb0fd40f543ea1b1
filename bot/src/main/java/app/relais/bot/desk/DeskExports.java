package app.relais.bot.desk;

import app.relais.bot.RelaisProperties;
import app.relais.bot.accounts.Requesters;
import app.relais.bot.audit.AuditLog;
import app.relais.catalog.Problem;
import app.relais.core.RelaisCore;
import app.relais.dossier.DossierArchive;
import app.relais.files.StoredFile;
import app.relais.handoff.Handoff;
import app.relais.handoff.Ticket;
import app.relais.i18n.Messages;
import app.relais.store.CaseData;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an agent takes away from a conversation: its files, the transcript as text, the dossier
 * as the same archive the customer gets. Files are always downloads, never pages of this origin
 * ({@code Content-Security-Policy: sandbox}); every export is written to the audit log.
 */
@RestController
@RequestMapping("/api/admin/tickets/{id}")
class DeskExports {

    private final RelaisCore core;
    private final ConversationView views;
    private final Requesters requesters;
    private final AuditLog audit;
    private final RelaisProperties properties;
    private final Clock clock;

    DeskExports(RelaisCore core, ConversationView views, Requesters requesters, AuditLog audit,
                RelaisProperties properties, Clock clock) {
        this.core = core;
        this.views = views;
        this.requesters = requesters;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String fileId) {
        Ticket ticket = require(id);
        Optional<StoredFile> file = core.files().find(fileId).filter(f -> f.owner().equals(ticket.conversation()));
        Optional<byte[]> content = file.flatMap(f -> core.files().content(f.id()));
        if (content.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return download(file.get().name(), MediaType.parseMediaType(file.get().mime()), content.get());
    }

    @GetMapping("/transcript.txt")
    ResponseEntity<byte[]> transcript(@PathVariable String id) {
        Ticket ticket = require(id);
        Requesters.Requester requester = requesters.current();
        Locale locale = requester instanceof Requesters.Person p ? Locale.forLanguageTag(p.account().language()) : Locale.FRENCH;
        String text = new TranscriptText(Messages.of(locale), core.profiles().current().zoneOr(properties.zone()))
                .render(views.of(ticket, DeskAgents.id(requester), locale));
        audit.record(requester.actor(), "ticket.export", ticket.id(), "text");
        return download(ticket.id() + ".txt", new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8),
                text.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/dossier.zip")
    ResponseEntity<byte[]> dossier(@PathVariable String id) {
        Ticket ticket = require(id);
        Optional<CaseData> data = views.data(ticket);
        Optional<Problem> problem = data.map(CaseData::problem).flatMap(core.catalog()::problem);
        if (problem.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        byte[] zip = new DossierArchive(core.files()).build(problem.get(), data.get().evidence(),
                Messages.of(ticket.language()), properties.zone(), clock.instant());
        audit.record(requesters.current().actor(), "ticket.export", ticket.id(), "dossier");
        return download(ticket.id() + "-" + DossierArchive.fileName(problem.get()), MediaType.parseMediaType(DossierArchive.MIME), zip);
    }

    private Ticket require(String id) {
        return core.handoff().tickets().find(id).orElseThrow(() -> new Handoff.UnknownTicketException(id));
    }

    private static ResponseEntity<byte[]> download(String name, MediaType type, byte[] content) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .header("Content-Security-Policy", "sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
