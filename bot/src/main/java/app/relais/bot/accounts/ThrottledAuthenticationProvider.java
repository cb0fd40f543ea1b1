package app.relais.bot.accounts;

import app.relais.bot.audit.Actor;
import app.relais.bot.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The form sign-in: Spring Security's {@link DaoAuthenticationProvider} (the delegating password
 * encoder, the same work for unknown names) behind the {@link SignInThrottle}. A throttled attempt
 * is refused before the password is looked at, so it tells an attacker nothing.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Too many failures: the sign-in page says to wait. */
    static final class ThrottledException extends AuthenticationException {
        ThrottledException() {
            super("too many failed sign-ins");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditLog audit;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, SignInThrottle throttle, AuditLog audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = Usernames.normalise(attempt.getName());
        String address = address(attempt);
        if (throttle.blocked(username, address)) {
            throw new ThrottledException();
        }
        try {
            Authentication done = passwords.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, attempt.getCredentials()));
            throttle.succeeded(username, address);
            return done;
        } catch (BadCredentialsException | DisabledException e) {
            if (throttle.failed(username, address)) {
                audit.record(new Actor("address", address, null), "auth.throttled", username, null);
            }
            // One answer for a wrong password, an unknown name and a disabled account.
            throw new BadCredentialsException("bad credentials");
        }
    }

    static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
