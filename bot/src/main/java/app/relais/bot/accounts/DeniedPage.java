package app.relais.bot.accounts;

import app.relais.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A page refused to a signed-in person: an agent on an administrator's page is told so (403);
 * a form sent with an expired CSRF token (a sign-in page left open overnight) goes back to a fresh
 * sign-in page that says why.
 */
final class DeniedPage implements AccessDeniedHandler {

    private final AccountPages pages;

    DeniedPage(AccountPages pages) {
        this.pages = pages;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (denied instanceof CsrfException) {
            response.sendRedirect(request.getContextPath() + "/admin/login?expired");
            return;
        }
        Locale locale = PageLocale.of(request);
        Messages t = Messages.of(locale);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(pages.message(locale, t.get("desk.denied.title"), t.get("desk.denied.text"),
                "/admin/", t.get("desk.denied.back")));
    }
}
