package app.relais.bot.accounts;

import app.relais.bot.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Sign-in and sign-out as the audit log and the sign-in page see them: a success goes to the
 * page asked for (or the desk), a failure back to the sign-in page with a reason it can show
 * ({@code ?error}, or {@code ?throttled} after too many), without making a session for it.
 */
final class SignInEvents implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

    private final Accounts accounts;
    private final AuditLog audit;
    private final SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInEvents(Accounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
        next.setRequestCache(new CookieRequestCache());
        next.setDefaultTargetUrl("/admin/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication done)
            throws IOException, jakarta.servlet.ServletException {
        if (done.getPrincipal() instanceof DeskUser user) {
            accounts.signedIn(user.accountId());
            audit.record(user.actor(), "auth.sign-in", user.getUsername(), request.getRemoteAddr());
        }
        next.onAuthenticationSuccess(request, response, done);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        String reason = e instanceof ThrottledAuthenticationProvider.ThrottledException ? "throttled" : "error";
        response.sendRedirect(request.getContextPath() + "/admin/login?" + reason);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof DeskUser user) {
            audit.record(user.actor(), "auth.sign-out", user.getUsername(), null);
        }
    }
}
