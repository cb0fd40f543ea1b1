package app.relais.bot.accounts;

import app.relais.bot.RelaisProperties;
import app.relais.core.RelaisCore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/me}: the signed-in person as the desk's pages need them (name, role,
 * language, the business's time zone, the CSRF token for the changes they send), their name and
 * language, their password.
 */
@RestController
@RequestMapping("/api/admin/me")
class MeController {

    record Me(long id, String username, String displayName, Role role, String language, String zone, Csrf csrf) {
    }

    record Csrf(String header, String token) {
    }

    record ProfileRequest(String displayName, String language) {
    }

    record PasswordRequest(String current, String password) {
    }

    private final Requesters requesters;
    private final Accounts accounts;
    private final RelaisProperties properties;
    private final RelaisCore core;

    MeController(Requesters requesters, Accounts accounts, RelaisProperties properties, RelaisCore core) {
        this.requesters = requesters;
        this.accounts = accounts;
        this.properties = properties;
        this.core = core;
    }

    @GetMapping
    ResponseEntity<Me> me(CsrfToken csrf) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view(requesters.person(), csrf));
    }

    @PutMapping
    Me profile(@RequestBody ProfileRequest request, CsrfToken csrf) {
        return view(accounts.profile(requesters.person(), request.displayName(), request.language()), csrf);
    }

    @PostMapping("/password")
    ResponseEntity<Void> password(@RequestBody PasswordRequest request, HttpServletRequest http) {
        HttpSession session = http.getSession(false);
        accounts.changePassword(requesters.person(), request.current(), request.password(),
                session == null ? null : session.getId());
        return ResponseEntity.noContent().build();
    }

    private Me view(Account a, CsrfToken csrf) {
        // The zone the business works in (its profile's, else RELAIS_ZONE): every time on the desk is shown in it, named.
        return new Me(a.id(), a.username(), a.displayName(), a.role(), a.language(),
                core.profiles().current().zoneOr(properties.zone()).getId(),
                new Csrf(csrf.getHeaderName(), csrf.getToken()));
    }
}
