package app.relais.bot.triage;

import app.relais.i18n.Messages;
import app.relais.triage.Triage;
import app.relais.triage.TriageResult;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/triage?text=...&lang=fr}: the problem the text is about, its confidence and the
 * next candidates ({@code problem} null when nothing fits). A missing or oversized text answers
 * 400 with a message in the requested language.
 */
@RestController
class TriageController {

    static final int MAX_TEXT = 4000;

    record Candidate(String problem, double confidence) {
    }

    record Answer(String problem, double confidence, List<Candidate> candidates, String platform) {
    }

    record Problem(String error, String message) {
    }

    private final Triage triage;

    TriageController(Triage triage) {
        this.triage = triage;
    }

    @GetMapping(path = "/api/triage", produces = "application/json")
    ResponseEntity<?> triage(@RequestParam(required = false) String text, @RequestParam(required = false) String lang) {
        Locale locale = Messages.supported(lang == null ? null : Locale.forLanguageTag(lang));
        Messages texts = Messages.of(locale);
        if (text == null || text.isBlank()) {
            return ResponseEntity.badRequest().body(new Problem("bad_request", texts.get("triage.api.missing-text")));
        }
        if (text.length() > MAX_TEXT) {
            return ResponseEntity.badRequest().body(new Problem("too_large", texts.get("triage.api.too-long", MAX_TEXT)));
        }
        TriageResult result = triage.classify(text, locale);
        List<Candidate> candidates = result.candidates().stream().map(c -> new Candidate(c.problem(), c.confidence())).toList();
        return ResponseEntity.ok(new Answer(result.problem(), result.confidence(), candidates, result.platform()));
    }
}
