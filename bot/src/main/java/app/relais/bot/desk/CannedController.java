package app.relais.bot.desk;

import app.relais.bot.accounts.Requesters;
import app.relais.bot.audit.AuditLog;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/canned-answers}: the team's canned answers, which any agent may edit. */
@RestController
@RequestMapping("/api/admin/canned-answers")
class CannedController {

    record AnswerRequest(String title, String fr, String en) {
    }

    private final CannedAnswers answers;
    private final Requesters requesters;
    private final AuditLog audit;
    private final DeskEvents events;

    CannedController(CannedAnswers answers, Requesters requesters, AuditLog audit, DeskEvents events) {
        this.answers = answers;
        this.requesters = requesters;
        this.audit = audit;
        this.events = events;
    }

    @GetMapping
    List<CannedAnswers.Answer> all() {
        return answers.all();
    }

    @PostMapping
    CannedAnswers.Answer create(@RequestBody AnswerRequest request) {
        var actor = requesters.current().actor();
        CannedAnswers.Answer made = answers.create(request.title(), request.fr(), request.en(), actor.id());
        audit.record(actor, "canned.create", made.title(), null);
        events.cannedChanged();
        return made;
    }

    @PutMapping("/{id}")
    ResponseEntity<CannedAnswers.Answer> update(@PathVariable long id, @RequestBody AnswerRequest request) {
        var actor = requesters.current().actor();
        return answers.update(id, request.title(), request.fr(), request.en(), actor.id()).map(updated -> {
            audit.record(actor, "canned.update", updated.title(), null);
            events.cannedChanged();
            return ResponseEntity.ok(updated);
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<CannedAnswers.Answer> delete(@PathVariable long id) {
        var actor = requesters.current().actor();
        return answers.delete(id).map(deleted -> {
            audit.record(actor, "canned.delete", deleted.title(), null);
            events.cannedChanged();
            return ResponseEntity.ok(deleted);
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
