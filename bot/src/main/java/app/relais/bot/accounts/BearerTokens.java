package app.relais.bot.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/**
 * {@code Authorization: Bearer <token>} for Spring Security's generic {@code AuthenticationFilter}:
 * the converter reads the header, the provider looks the token up. A request that carries the
 * header is judged by its token alone (a wrong one is 401 even with a session cookie), and needs
 * no CSRF token: browsers never add this header on their own.
 */
final class BearerTokens implements AuthenticationConverter, AuthenticationProvider {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;

    BearerTokens(ApiTokens tokens) {
        this.tokens = tokens;
    }

    static boolean present(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    public Authentication convert(HttpServletRequest request) {
        if (!present(request)) {
            return null;
        }
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
        return new PreAuthenticatedAuthenticationToken("bearer", secret);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String secret = String.valueOf(authentication.getCredentials());
        TokenUser user = secret.isEmpty() ? null : tokens.authenticate(secret).orElse(null);
        if (user == null) {
            throw new BadCredentialsException("unknown or revoked token");
        }
        return new PreAuthenticatedAuthenticationToken(user, null, Role.AUTOMATION.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PreAuthenticatedAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
