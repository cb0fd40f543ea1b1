package app.relais.bot.admin;

import app.relais.i18n.Messages;
import app.relais.outage.BusinessTexts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML of {@code /status}: plain, escaped, readable on a 375-pixel phone, no third-party
 * request. The business's name heads it, then its sentence, a link to the chat and its channels;
 * its contacts, the incidents of the last 90 days with their durations, times in its zone (named).
 * Sentences come from the outage bundle; every value is escaped. The page refreshes itself every
 * 30 s with {@code /status.js}, or with a meta refresh when JavaScript is off.
 */
final class StatusPage {

    String render(StatusController.StatusView view, Locale locale) {
        Messages t = Messages.of(locale);
        ZoneId zone = ZoneId.of(view.zone());
        StatusController.BusinessView business = view.profile();
        StringBuilder h = new StringBuilder(4096);
        String heading = business.name() == null ? t.get("outage.page.heading") : t.get("outage.page.heading.named", business.name());
        h.append("<!doctype html><html lang=\"").append(t.language()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(e(t.get("outage.page.title")))
                .append(business.name() == null ? "" : " — " + e(business.name()))
                .append("</title><link rel=\"stylesheet\" href=\"/status.css\">")
                .append("<noscript><meta http-equiv=\"refresh\" content=\"60\"></noscript>")
                .append("<script src=\"/status.js\" defer></script></head><body><main id=\"status\" aria-live=\"polite\">")
                .append("<h1>").append(e(heading)).append("</h1>");
        if (business.statusNote() != null) {
            h.append("<p class=\"note\">").append(e(business.statusNote().in(locale))).append("</p>");
        }
        h.append("<p class=\"chat\"><a class=\"chat-link\" href=\"").append(e(business.chatUrl())).append("\">")
                .append(e(t.get("outage.page.chat"))).append("</a> <span>").append(e(t.get("outage.page.chat.why")))
                .append("</span></p><ul class=\"channels\">");
        for (StatusController.ChannelView c : view.channels()) {
            if (c.shown()) {
                channel(h, c, t, zone);
            }
        }
        h.append("</ul>");
        contacts(h, business, t);
        history(h, view, t, zone);
        h.append("<p class=\"meta\">").append(e(t.get("outage.page.zone", BusinessTexts.zoneLabel(zone, locale)))).append(' ')
                .append(e(t.get("outage.page.refresh", BusinessTexts.time(view.generatedAt(), zone, locale, false))))
                .append("</p></main></body></html>");
        return h.toString();
    }

    private static void channel(StringBuilder h, StatusController.ChannelView c, Messages t, ZoneId zone) {
        Locale locale = t.locale();
        h.append("<li class=\"channel ").append(e(c.status())).append("\"><span class=\"name\">")
                .append(e(c.label().in(locale))).append("</span> <strong class=\"state\">")
                .append(e(t.get("outage.status." + c.status()))).append("</strong>");
        if (c.since() != null) {
            h.append("<span class=\"meta\">").append(e(t.get("outage.page.since", time(c.since(), zone, locale)))).append("</span>");
        }
        if (c.message() != null) {
            h.append("<p>").append(e(c.message().in(locale))).append("</p>");
            h.append("<span class=\"meta\">").append(e(t.get("outage.page.updated", time(c.lastUpdate(), zone, locale))))
                    .append("</span>");
        }
        if (c.expectedResolution() != null) {
            h.append("<span class=\"meta\">").append(e(t.get("outage.page.expected", time(c.expectedResolution(), zone, locale))))
                    .append("</span>");
        }
        h.append("</li>");
    }

    /** The business's contacts, hours and languages; left out when its profile gives no contact and no hours. */
    private static void contacts(StringBuilder h, StatusController.BusinessView b, Messages t) {
        if (b.contacts().isEmpty() && b.hours() == null) {
            return;
        }
        h.append("<section class=\"contacts\"><h2>").append(e(t.get("outage.page.contacts"))).append("</h2><dl>");
        for (StatusController.ContactView c : b.contacts()) {
            h.append("<dt>").append(e(t.get("outage.page." + c.kind()))).append("</dt><dd><a href=\"").append(e(c.href()))
                    .append("\">").append(e(c.value())).append("</a></dd>");
        }
        if (b.hours() != null) {
            h.append("<dt>").append(e(t.get("outage.page.hours"))).append("</dt><dd>").append(e(b.hours().in(t.locale())))
                    .append("</dd>");
        }
        if (!b.languages().isEmpty()) {
            List<String> names = b.languages().stream().map(l -> Locale.forLanguageTag(l).getDisplayLanguage(t.locale())).toList();
            h.append("<dt>").append(e(t.get("outage.page.languages"))).append("</dt><dd>").append(e(String.join(", ", names)))
                    .append("</dd>");
        }
        h.append("</dl></section>");
    }

    private static void history(StringBuilder h, StatusController.StatusView view, Messages t, ZoneId zone) {
        Locale locale = t.locale();
        h.append("<h2>").append(e(t.get("outage.page.history"))).append("</h2>");
        if (view.incidents().isEmpty()) {
            h.append("<p>").append(e(t.get("outage.page.no-history"))).append("</p>");
            return;
        }
        h.append("<ul class=\"history\">");
        for (StatusController.IncidentView i : view.incidents()) {
            String label = view.channels().stream().filter(c -> c.id().equals(i.channel())).findFirst()
                    .map(c -> c.label().in(locale)).orElse(i.channel());
            var last = i.updates().get(i.updates().size() - 1);
            Instant end = i.closedAt() == null ? view.generatedAt() : i.closedAt();
            String when = i.closedAt() == null ? t.get("outage.page.ongoing", duration(i.openedAt(), end, t))
                    : t.get("outage.page.ended", time(i.closedAt(), zone, locale), duration(i.openedAt(), end, t));
            h.append("<li><strong>").append(e(label)).append("</strong> — ").append(e(time(i.openedAt(), zone, locale)))
                    .append(" — ").append(e(when)).append("<p>").append(e(last.message().in(locale))).append("</p></li>");
        }
        h.append("</ul>");
    }

    /** "45 min", "2 h", "1 h 20 min", "3 j 4 h". */
    static String duration(Instant from, Instant to, Messages t) {
        long minutes = Math.max(0, Duration.between(from, to).toMinutes());
        if (minutes < 60) {
            return t.get("outage.duration.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return minutes % 60 == 0 ? t.get("outage.duration.hours", minutes / 60)
                    : t.get("outage.duration.hours-minutes", minutes / 60, minutes % 60);
        }
        return t.get("outage.duration.days", minutes / (24 * 60), minutes % (24 * 60) / 60);
    }

    private static String time(Instant at, ZoneId zone, Locale locale) {
        return BusinessTexts.time(at, zone, locale, false);
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
