package app.relais.bot.admin;

import app.relais.bot.accounts.Requesters;
import app.relais.bot.audit.Actor;
import app.relais.bot.audit.AuditLog;
import app.relais.catalog.LocalizedText;
import app.relais.core.RelaisCore;
import app.relais.i18n.Refusal;
import app.relais.outage.FaqEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/faq}: the customer FAQ, in its order (the first five are offered as buttons).
 * Each edit is checked with the whole FAQ, saved, and in force at once on every instance; the
 * test box shows which entry a sentence would get, as customers would type it. Every change is in
 * the audit log; an entry keeps who saved it last (an account's display name, or a token's name).
 */
@RestController
@RequestMapping("/api/admin/faq")
class FaqController {

    private final RelaisCore core;
    private final BusinessEdits edits;
    private final Clock clock;
    private final Requesters requesters;
    private final AuditLog audit;

    FaqController(RelaisCore core, BusinessEdits edits, Clock clock, Requesters requesters, AuditLog audit) {
        this.core = core;
        this.edits = edits;
        this.clock = clock;
        this.requesters = requesters;
        this.audit = audit;
    }

    record Examples(List<String> fr, List<String> en) {
    }

    record EntryRequest(String shortCode, String active, Map<String, String> question, Examples examples,
                        Map<String, String> answer) {
    }

    record EntryView(String id, String shortCode, String active, LocalizedText question, Examples examples,
                     LocalizedText answer, String updatedBy, Instant updatedAt) {
    }

    record FaqView(List<EntryView> entries, List<String> variables) {
    }

    record MoveRequest(int by) {
    }

    record Ranked(String id, double score) {
    }

    record MatchView(String entry, String answer, List<Ranked> ranked) {
    }

    @GetMapping
    FaqView all() {
        return new FaqView(core.faq().entries().stream().map(FaqController::view).toList(),
                List.of("{name}", "{email}", "{phone}", "{contact_form}", "{chat}", "{hours}"));
    }

    @PutMapping("/{id}")
    EntryView put(@PathVariable String id, @RequestBody EntryRequest request) {
        if (request == null) {
            throw new Refusal("json");
        }
        LocalizedText question = required("question", request.question());
        LocalizedText answer = required("answer", request.answer());
        Examples examples = request.examples() == null ? new Examples(List.of(), List.of()) : request.examples();
        FaqEntry entry = new FaqEntry(id, request.shortCode(), question, new FaqEntry.Examples(examples.fr(), examples.en()),
                answer, FaqEntry.Active.parse(request.active()), null, null);
        Actor editor = requesters.current().actor();
        FaqEntry saved = core.faqEditor().put(entry, AdminController.editor(editor), clock.instant());
        edits.faqSaved();
        audit.record(editor, "faq.save", id, saved.shortCode());
        return view(saved);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!core.faqEditor().delete(id)) {
            return ResponseEntity.notFound().build();
        }
        edits.faqSaved();
        audit.record(requesters.current().actor(), "faq.delete", id, null);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/move")
    ResponseEntity<FaqView> move(@PathVariable String id, @RequestBody MoveRequest request) {
        int by = request == null ? 0 : request.by();
        if (core.faqEditor().move(id, by).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        edits.faqSaved();
        audit.record(requesters.current().actor(), "faq.move", id, by < 0 ? "up" : "down");
        return ResponseEntity.ok(all());
    }

    /** Which entry a customer's sentence gets now ({@code incident}: as during an incident), and its filled answer. */
    @GetMapping("/match")
    MatchView match(@RequestParam String text, @RequestParam(defaultValue = "true") boolean incident,
                    @RequestParam(defaultValue = "fr") String lang) {
        if (text.isBlank() || text.length() > 4000) {
            throw new Refusal("text-length", new Refusal.Field("message"), 4000);
        }
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.FRENCH;
        var found = core.faq().match(text, incident);
        return new MatchView(found.map(m -> m.entry().id()).orElse(null),
                found.flatMap(m -> core.faq().answer(m.entry(), locale)).orElse(null),
                core.faq().rank(text).stream().limit(3).map(m -> new Ranked(m.entry().id(), Math.round(m.score() * 100) / 100.0))
                        .toList());
    }

    private static LocalizedText required(String field, Map<String, String> text) {
        LocalizedText value = ProfileController.text(field, text);
        if (value == null) {
            throw new Refusal("required", new Refusal.Field(field));
        }
        return value;
    }

    private static EntryView view(FaqEntry e) {
        return new EntryView(e.id(), e.shortCode(), e.active().wireName(), e.question(),
                new Examples(e.examples().fr(), e.examples().en()), e.answer(), e.updatedBy(), e.updatedAt());
    }
}
