package app.relais.bot.mail;

import app.relais.core.RelaisCore;
import app.relais.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The unsubscribe address of every reminder email. A POST unsubscribes at once: the one-click
 * unsubscribe of RFC 8058 (the mail app posts {@code List-Unsubscribe=One-Click}, no cookie, no
 * confirmation) and the button of the page. A GET only shows that button: mail scanners follow
 * links, and a link followed must not unsubscribe anyone. Both answer the same for a token that
 * does not exist (nothing tells whether an address was subscribed), and erase the address.
 */
@RestController
class UnsubscribeController {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self';"
            + " base-uri 'none'; frame-ancestors 'none'";

    private final RelaisCore core;

    UnsubscribeController(RelaisCore core) {
        this.core = core;
    }

    @GetMapping(SmtpEmailSender.UNSUBSCRIBE_PATH + "{token}")
    ResponseEntity<String> ask(@PathVariable String token, @RequestParam(name = "lang", required = false) String lang,
                               @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        if (!TOKEN.matcher(token).matches()) {
            return ResponseEntity.notFound().build();
        }
        Messages texts = texts(token, lang, accept);
        if (core.emailReminders().languageOf(token).isEmpty()) {
            return page(texts, texts.get("reminders.unsubscribe.done"), false);
        }
        return page(texts, texts.get("reminders.unsubscribe.ask"), true);
    }

    @PostMapping(SmtpEmailSender.UNSUBSCRIBE_PATH + "{token}")
    ResponseEntity<String> unsubscribe(@PathVariable String token,
                                       @RequestParam(name = "lang", required = false) String lang,
                                       @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        if (!TOKEN.matcher(token).matches()) {
            return ResponseEntity.notFound().build();
        }
        Messages texts = texts(token, lang, accept);
        core.emailReminders().unsubscribe(token);
        return page(texts, texts.get("reminders.unsubscribe.done"), false);
    }

    /** The emails' language; once none is left, the one the link says, else the browser's. */
    private Messages texts(String token, String lang, String accept) {
        return core.emailReminders().languageOf(token).map(Messages::of)
                .orElseGet(() -> "en".equals(lang) || "fr".equals(lang) ? Messages.of(lang)
                        : Messages.of(firstLanguage(accept)));
    }

    private static Locale firstLanguage(String accept) {
        try {
            return accept == null || accept.isBlank() ? null
                    : Locale.forLanguageTag(Locale.LanguageRange.parse(accept).get(0).getRange());
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static ResponseEntity<String> page(Messages texts, String sentence, boolean button) {
        String title = escape(texts.get("reminders.unsubscribe.title"));
        String form = button ? "<form method=\"post\"><button type=\"submit\">"
                + escape(texts.get("reminders.unsubscribe.button")) + "</button></form>" : "";
        String html = "<!DOCTYPE html><html lang=\"" + texts.language() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title>"
                + "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;"
                + "color:#1f2328}button{font:inherit;padding:.6rem 1.2rem;border-radius:8px;border:0;"
                + "background:#1d4ed8;color:#fff;cursor:pointer}</style></head><body><h1>" + title + "</h1><p>"
                + escape(sentence) + "</p>" + form + "</body></html>";
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .body(html);
    }
}
