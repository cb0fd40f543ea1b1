package app.relais.outage;

import app.relais.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sentences customers read about the business, built from its profile: a field left empty is
 * left out, never replaced by a blank or a placeholder. Times are the business's, with its zone.
 */
public final class BusinessTexts {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private BusinessTexts() {
    }

    /** "21/11/2026 à 09h00 (heure de Paris)", "2026-11-21 09:00 (Paris time)". */
    public static String time(Instant at, ZoneId zone, Locale locale, boolean withZone) {
        Messages t = Messages.of(locale);
        String time = ("en".equals(t.language()) ? ENGLISH : FRENCH).format(at.atZone(zone));
        return withZone ? time + " (" + zoneLabel(zone, locale) + ")" : time;
    }

    /** "heure de Paris", "heure d’Abidjan", "Paris time", or the UTC offset for a zone without a city. */
    public static String zoneLabel(ZoneId zone, Locale locale) {
        Messages t = Messages.of(locale);
        String id = zone.getId();
        int slash = id.lastIndexOf('/');
        if (slash < 0 || id.startsWith("Etc/")) {
            return t.get("outage.zone.offset", zone.getRules().getOffset(Instant.now()).getId().replace("Z", "+00:00"));
        }
        String city = id.substring(slash + 1).replace('_', ' ');
        boolean vowel = "AEIOUYÉÈÊ".indexOf(Character.toUpperCase(city.charAt(0))) >= 0;
        return t.get(vowel ? "outage.zone.city.vowel" : "outage.zone.city", city);
    }

    /** The welcome of a customer of the business: named when the profile has a name. */
    public static String welcome(BusinessProfile profile, Messages t) {
        String hello = profile.name() == null ? t.get("outage.hello") : t.get("outage.hello.named", profile.name());
        return hello + languageNote(profile, t).map(n -> " " + n).orElse("");
    }

    /** Said to a visitor whose language the team does not speak, naming the languages it does. */
    static Optional<String> languageNote(BusinessProfile profile, Messages t) {
        if (profile.languages().isEmpty() || profile.languages().contains(t.language())) {
            return Optional.empty();
        }
        List<String> names = profile.languages().stream().map(l -> Locale.forLanguageTag(l).getDisplayLanguage(t.locale()))
                .toList();
        return Optional.of(t.get("outage.hello.languages", list(names, t)));
    }

    /** "You can also reach us by email at …, by phone on … or with our contact form (…). Hours: …", or empty. */
    public static Optional<String> reach(BusinessProfile profile, Messages t) {
        List<String> ways = new ArrayList<>();
        for (BusinessProfile.Contact c : profile.contacts()) {
            ways.add(t.get("outage.reach." + c.kind().name().toLowerCase(Locale.ROOT), c.value()));
        }
        StringBuilder text = new StringBuilder();
        if (!ways.isEmpty()) {
            text.append(t.get("outage.reach", list(ways, t)));
        }
        if (profile.hours() != null) {
            text.append(text.isEmpty() ? "" : " ").append(t.get("outage.reach.hours", profile.hours().in(t.locale())));
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text.toString());
    }

    /** "a", "a or b", "a, b or c". */
    public static String list(List<String> items, Messages t) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = String.join(", ", items.subList(0, items.size() - 1));
        return t.get("outage.list.last", head, items.get(items.size() - 1));
    }
}
