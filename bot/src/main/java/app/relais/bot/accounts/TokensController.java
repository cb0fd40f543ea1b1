package app.relais.bot.accounts;

import app.relais.bot.audit.AuditLog;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/tokens} (administrators): the automation's bearer tokens; a new one is shown once. */
@RestController
@RequestMapping("/api/admin/tokens")
class TokensController {

    record NewToken(String name) {
    }

    private final ApiTokens tokens;
    private final Requesters requesters;
    private final AuditLog audit;

    TokensController(ApiTokens tokens, Requesters requesters, AuditLog audit) {
        this.tokens = tokens;
        this.requesters = requesters;
        this.audit = audit;
    }

    @GetMapping
    List<ApiTokens.Token> all() {
        return tokens.all();
    }

    @PostMapping
    ApiTokens.Made create(@RequestBody NewToken request) {
        Account by = requesters.person();
        ApiTokens.Made made = tokens.create(request.name(), by.username());
        audit.record(requesters.current().actor(), "token.create", made.token().name(), null);
        return made;
    }

    @DeleteMapping("/{id}")
    ResponseEntity<ApiTokens.Token> revoke(@PathVariable long id) {
        requesters.person();
        if (!tokens.revoke(id)) {
            return ResponseEntity.notFound().build();
        }
        ApiTokens.Token revoked = tokens.find(id).orElseThrow();
        audit.record(requesters.current().actor(), "token.revoke", revoked.name(), null);
        return ResponseEntity.ok(revoked);
    }
}
