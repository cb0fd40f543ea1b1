package app.relais.bot.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The language of a page seen before signing in: {@code ?lang=}, else the browser's, else French. */
final class PageLocale {

    private PageLocale() {
    }

    static Locale of(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            return "en".equals(lang) ? Locale.ENGLISH : Locale.FRENCH;
        }
        String accept = request.getHeader("Accept-Language");
        return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.FRENCH;
    }
}
