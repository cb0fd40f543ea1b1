package app.relais.bot.accounts;

import app.relais.i18n.Messages;
import java.util.Locale;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * The pages a person meets before the desk: sign-in, the one-time link's form, "not for you".
 * Rendered here (they must work without the desk's script, and carry the CSRF token in their
 * forms), from the desk bundle, every value escaped.
 */
final class AccountPages {

    /** What the link's form asks: the first administrator chooses a name too. */
    enum Form {
        SETUP, INVITE, RESET
    }

    String signIn(Locale locale, CsrfToken csrf, String notice, boolean alert) {
        Messages t = Messages.of(locale);
        StringBuilder h = head(t, t.get("desk.signin.title"));
        h.append("<h1>").append(e(t.get("desk.signin.heading"))).append("</h1>");
        notice(h, notice, alert);
        h.append("<form method=\"post\" action=\"/admin/login\">");
        field(h, "username", t.get("desk.signin.username"), "text", "username", true);
        field(h, "password", t.get("desk.signin.password"), "password", "current-password", false);
        csrf(h, csrf);
        h.append("<button type=\"submit\">").append(e(t.get("desk.signin.submit"))).append("</button></form>")
                .append("<p class=\"meta\">").append(e(t.get("desk.signin.no-account"))).append("</p>");
        return foot(h, t, "/admin/login");
    }

    String link(Locale locale, CsrfToken csrf, Form form, String secret, Account account, String error) {
        Messages t = Messages.of(locale);
        String key = form.name().toLowerCase(Locale.ROOT);
        StringBuilder h = head(t, t.get("desk.welcome.title"));
        h.append("<h1>").append(e(t.get("desk.welcome." + key + ".heading"))).append("</h1><p>")
                .append(e(account == null ? t.get("desk.welcome.setup.intro")
                        : t.get("desk.welcome." + key + ".intro", account.displayName(), account.username())))
                .append("</p>");
        notice(h, error, true);
        h.append("<form method=\"post\" action=\"/admin/welcome\">");
        if (form == Form.SETUP) {
            field(h, "username", t.get("desk.signin.username"), "text", "username", true);
            h.append("<p class=\"hint\" id=\"username-hint\">").append(e(t.get("desk.welcome.username-hint"))).append("</p>");
            field(h, "displayName", t.get("desk.welcome.display-name"), "text", "name", false);
            h.append("<p class=\"hint\">").append(e(t.get("desk.welcome.display-name-hint"))).append("</p>");
        }
        field(h, "password", t.get("desk.welcome.password"), "password", "new-password", form != Form.SETUP);
        h.append("<p class=\"hint\">").append(e(t.get("desk.welcome.password-hint", Passwords.MIN))).append("</p>");
        field(h, "confirm", t.get("desk.welcome.confirm"), "password", "new-password", false);
        hidden(h, "token", secret);
        hidden(h, "lang", t.language());
        csrf(h, csrf);
        h.append("<button type=\"submit\">").append(e(t.get("desk.welcome.submit"))).append("</button></form>");
        return foot(h, t, null);
    }

    /** A page that only says something, with a way on. */
    String message(Locale locale, String title, String text, String linkHref, String linkText) {
        Messages t = Messages.of(locale);
        StringBuilder h = head(t, title);
        h.append("<h1>").append(e(title)).append("</h1><p>").append(e(text)).append("</p>");
        if (linkHref != null) {
            h.append("<p><a href=\"").append(e(linkHref)).append("\">").append(e(linkText)).append("</a></p>");
        }
        return foot(h, t, null);
    }

    private static StringBuilder head(Messages t, String title) {
        return new StringBuilder(3072).append("<!doctype html><html lang=\"").append(t.language())
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(e(title)).append(" — Relais</title>")
                .append("<link rel=\"stylesheet\" href=\"/admin/assets/desk.css\"></head><body class=\"outside\">")
                .append("<main class=\"card\">");
    }

    private static String foot(StringBuilder h, Messages t, String page) {
        if (page != null) {
            String other = "en".equals(t.language()) ? "fr" : "en";
            h.append("<p class=\"meta\"><a href=\"").append(page).append("?lang=").append(other).append("\" lang=\"")
                    .append(other).append("\">").append(e(t.get("desk.other-language"))).append("</a></p>");
        }
        return h.append("</main></body></html>").toString();
    }

    private static void notice(StringBuilder h, String text, boolean alert) {
        if (text != null) {
            h.append("<p class=\"notice").append(alert ? " error\" role=\"alert\">" : "\" role=\"status\">")
                    .append(e(text)).append("</p>");
        }
    }

    private static void field(StringBuilder h, String name, String label, String type, String autocomplete, boolean focus) {
        h.append("<label for=\"").append(name).append("\">").append(e(label)).append("</label><input id=\"").append(name)
                .append("\" name=\"").append(name).append("\" type=\"").append(type).append("\" autocomplete=\"")
                .append(autocomplete).append("\" required").append(focus ? " autofocus" : "").append(">");
    }

    private static void hidden(StringBuilder h, String name, String value) {
        h.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(e(value)).append("\">");
    }

    private static void csrf(StringBuilder h, CsrfToken csrf) {
        hidden(h, csrf.getParameterName(), csrf.getToken());
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
