package app.relais.bot.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/admin/audit}: the log, newest first, a page at a time (administrators only). */
@RestController
class AuditController {

    private static final int PAGE = 100;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/api/admin/audit")
    List<AuditEntry> page(@RequestParam(required = false) Long before) {
        return log.page(before, PAGE);
    }
}
