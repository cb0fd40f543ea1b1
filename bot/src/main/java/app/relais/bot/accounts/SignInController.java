package app.relais.bot.accounts;

import app.relais.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/login} (the form Spring Security's sign-in reads) and {@code /admin/welcome}, where
 * a one-time link lets the first administrator, an invited person or someone who lost their
 * password choose one. After that, the sign-in page.
 */
@Controller
class SignInController {

    private final AccountPages pages;
    private final Accounts accounts;

    SignInController(AccountPages pages, Accounts accounts) {
        this.pages = pages;
        this.accounts = accounts;
    }

    @GetMapping("/admin/login")
    ResponseEntity<String> signIn(HttpServletRequest request, CsrfToken csrf, Authentication signedIn) {
        if (signedIn != null && !(signedIn instanceof AnonymousAuthenticationToken) && signedIn.isAuthenticated()) {
            return redirect("/admin/");
        }
        Locale locale = PageLocale.of(request);
        Messages t = Messages.of(locale);
        String notice = null;
        boolean alert = true;
        for (String reason : new String[] {"error", "throttled", "expired", "signed-out", "welcome"}) {
            if (request.getParameter(reason) != null) {
                notice = t.get("desk.signin." + reason);
                alert = !reason.equals("signed-out") && !reason.equals("welcome");
            }
        }
        return html(HttpStatus.OK, pages.signIn(locale, csrf, notice, alert));
    }

    @GetMapping("/admin/welcome")
    ResponseEntity<String> link(HttpServletRequest request, CsrfToken csrf, @RequestParam(required = false) String token) {
        Locale locale = PageLocale.of(request);
        return accounts.link(token).map(view -> html(HttpStatus.OK, pages.link(locale, csrf, form(view), token,
                view.account(), null))).orElseGet(() -> expired(locale));
    }

    @PostMapping("/admin/welcome")
    ResponseEntity<String> follow(HttpServletRequest request, CsrfToken csrf, @RequestParam(required = false) String token,
                                  @RequestParam(required = false) String username,
                                  @RequestParam(required = false) String displayName,
                                  @RequestParam(required = false) String password,
                                  @RequestParam(required = false) String confirm) {
        Locale locale = PageLocale.of(request);
        var view = accounts.link(token);
        if (view.isEmpty()) {
            return expired(locale);
        }
        try {
            if (password == null || !password.equals(confirm)) {
                throw new InvalidInputException("password-mismatch");
            }
            accounts.follow(token, username, displayName, password, locale.getLanguage());
            return redirect("/admin/login?welcome&lang=" + locale.getLanguage());
        } catch (InvalidInputException e) {
            String error = Messages.of(locale).get("desk.error." + e.code());
            return html(HttpStatus.BAD_REQUEST, pages.link(locale, csrf, form(view.get()), token, view.get().account(), error));
        }
    }

    private static AccountPages.Form form(Accounts.LinkView view) {
        return AccountPages.Form.valueOf(view.purpose().name());
    }

    private ResponseEntity<String> expired(Locale locale) {
        Messages t = Messages.of(locale);
        return html(HttpStatus.NOT_FOUND, pages.message(locale, t.get("desk.welcome.expired.title"),
                t.get("desk.welcome.expired.text"), "/admin/login", t.get("desk.welcome.to-signin")));
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).body(body);
    }

    private static ResponseEntity<String> redirect(String to) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, URI.create(to).toString()).build();
    }
}
