package app.relais.bot.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes down every request that may change something ({@code POST}, {@code PUT},
 * {@code PATCH}, {@code DELETE}) made to the admin API by a signed-in account or a token,
 * whatever the endpoint, so that endpoints added later are covered without more work: who, when,
 * which request, which outcome (its HTTP status), and what the domain noted while it ran. Sits in
 * the API's security chain after authentication and before authorization, so refusals are written
 * too; anonymous requests are refused before anything happens and are not.
 */
public final class AuditFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final AuditLog log;
    private final Clock clock;
    private final Function<Acting, Actor> current;

    /** {@code current}: who the principal is now (a display name may have changed since sign-in). */
    public AuditFilter(AuditLog log, Clock clock, Function<Acting, Actor> current) {
        this.log = log;
        this.clock = clock;
        this.current = current;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Acting acting)) {
            chain.doFilter(request, response);
            return;
        }
        Instant at = clock.instant();
        AuditLog.begin(request);
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } catch (ServletException | IOException | RuntimeException e) {
            status = denied(e) ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            throw e;
        } finally {
            write(current.apply(acting), at, request.getMethod() + " " + request.getRequestURI(), status,
                    AuditLog.noted(request));
        }
    }

    /** A refusal on the way out (the security chain answers it with 403), possibly wrapped by the servlet. */
    private static boolean denied(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }

    private void write(Actor actor, Instant at, String request, int status, List<AuditLog.Noted> noted) {
        if (noted == null || noted.isEmpty()) {
            log.write(at, actor, "http", null, null, request, status);
            return;
        }
        for (AuditLog.Noted n : noted) {
            log.write(at, actor, n.action(), n.target(), n.detail(), request, status);
        }
    }
}
