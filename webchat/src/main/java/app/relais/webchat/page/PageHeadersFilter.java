package app.relais.webchat.page;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The demo page loads nothing from elsewhere and runs no inline script: a strict
 * Content-Security-Policy says so, so even a rendering slip could not run injected code.
 * The widget script is loaded by other sites: it says so ({@code Cross-Origin-Resource-Policy}),
 * and is revalidated on each load so a new version reaches every site at once.
 */
@Component
class PageHeadersFilter extends OncePerRequestFilter {

    private static final Set<String> PAGE = Set.of("/", "/index.html");
    static final String WIDGET = "/widget.js";
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PAGE.contains(request.getRequestURI()) && !WIDGET.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (WIDGET.equals(request.getRequestURI())) {
            response.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
            response.setHeader("Cache-Control", "no-cache");
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
