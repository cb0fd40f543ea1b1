package app.relais.bot.admin;

import app.relais.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML of {@code /status}: plain, escaped, readable on a phone, no third-party request. Every
 * value is escaped; sentences come from the outage bundle. The page refreshes itself every 30 s
 * with {@code /status.js}, or with a meta refresh when JavaScript is off.
 */
final class StatusPage {

    private final ZoneId zone;

    StatusPage(ZoneId zone) {
        this.zone = zone;
    }

    String render(StatusController.StatusView view, Locale locale) {
        Messages t = Messages.of(locale);
        StringBuilder h = new StringBuilder(4096);
        h.append("<!doctype html><html lang=\"").append(t.language()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(e(t.get("outage.page.title"))).append(" — ").append(e(view.business()))
                .append("</title><link rel=\"stylesheet\" href=\"/status.css\">")
                .append("<noscript><meta http-equiv=\"refresh\" content=\"60\"></noscript>")
                .append("<script src=\"/status.js\" defer></script></head><body><main id=\"status\" aria-live=\"polite\">")
                .append("<h1>").append(e(t.get("outage.page.heading"))).append("</h1><ul class=\"channels\">");
        for (StatusController.ChannelView c : view.channels()) {
            h.append("<li class=\"channel ").append(e(c.status())).append("\"><span class=\"name\">")
                    .append(e(c.label().in(locale))).append("</span> <strong class=\"state\">")
                    .append(e(t.get("outage.status." + c.status()))).append("</strong>");
            if (c.since() != null) {
                h.append("<span class=\"meta\">").append(e(t.get("outage.page.since", time(c.since(), locale)))).append("</span>");
            }
            if (c.message() != null) {
                h.append("<p>").append(e(c.message().in(locale))).append("</p>");
                h.append("<span class=\"meta\">").append(e(t.get("outage.page.updated", time(c.lastUpdate(), locale))))
                        .append("</span>");
            }
            if (c.expectedResolution() != null) {
                h.append("<span class=\"meta\">").append(e(t.get("outage.page.expected", time(c.expectedResolution(), locale))))
                        .append("</span>");
            }
            h.append("</li>");
        }
        h.append("</ul><h2>").append(e(t.get("outage.page.history"))).append("</h2>");
        if (view.incidents().isEmpty()) {
            h.append("<p>").append(e(t.get("outage.page.no-history"))).append("</p>");
        } else {
            h.append("<ul class=\"history\">");
            for (StatusController.IncidentView i : view.incidents()) {
                String label = view.channels().stream().filter(c -> c.id().equals(i.channel())).findFirst()
                        .map(c -> c.label().in(locale)).orElse(i.channel());
                var last = i.updates().get(i.updates().size() - 1);
                h.append("<li><strong>").append(e(label)).append("</strong> — ").append(e(time(i.openedAt(), locale)))
                        .append(" — ").append(e(i.closedAt() == null ? t.get("outage.page.ongoing")
                                : t.get("outage.page.ended", time(i.closedAt(), locale))))
                        .append("<p>").append(e(last.message().in(locale))).append("</p></li>");
            }
            h.append("</ul>");
        }
        h.append("<p class=\"meta\">").append(e(t.get("outage.page.refresh"))).append(" ")
                .append(e(time(view.generatedAt(), locale))).append("</p></main></body></html>");
        return h.toString();
    }

    private String time(Instant at, Locale locale) {
        String pattern = "en".equals(locale.getLanguage()) ? "yyyy-MM-dd HH:mm" : "dd/MM/yyyy HH'h'mm";
        return DateTimeFormatter.ofPattern(pattern).format(at.atZone(zone));
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
