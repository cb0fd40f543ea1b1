package app.relais.bot.admin;

import app.relais.core.RelaisCore;
import app.relais.outage.Incident;
import app.relais.outage.IncidentReport;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/reports}: the incidents of the last 90 days, and each one's report (JSON, or
 * CSV for a spreadsheet): duration, conversations and hand-offs by channel, agents' first-answer
 * times, the FAQ questions asked and those it could not answer.
 */
@RestController
@RequestMapping("/api/admin/reports")
class ReportController {

    private final RelaisCore core;

    ReportController(RelaisCore core) {
        this.core = core;
    }

    record IncidentSummary(String id, String channel, String label, String status, Instant openedAt, Instant closedAt) {
    }

    @GetMapping
    List<IncidentSummary> incidents() {
        return core.reports().incidents().stream().map(this::summary).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<IncidentReport> report(@PathVariable String id) {
        return ResponseEntity.of(core.reports().of(id));
    }

    @GetMapping(value = "/{id}.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String id) {
        return core.reports().of(id).map(report -> ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id.replaceAll("[^A-Za-z0-9-]", "")
                        + ".csv\"")
                .body(report.csv()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private IncidentSummary summary(Incident i) {
        return new IncidentSummary(i.id(), i.channel(), core.outage().label(i.channel(), Locale.FRENCH),
                i.open() ? i.status().wireName() : "resolved", i.openedAt(), i.closedAt());
    }
}
