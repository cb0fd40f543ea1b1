package app.relais.crisis;

import app.relais.i18n.Messages;
import app.relais.outage.BusinessProfile;
import app.relais.outage.BusinessTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The texts the community manager posts on the business's other channels, filled from the business
 * profile: its real contacts, its chat and status page when their addresses are known, and
 * nothing in brackets to fill in. A contact the profile leaves empty is left out; no text promises
 * a time. Written in each language the business speaks (French and English when it names none).
 */
final class Announcements {

    enum Kind {
        FIRST("crisis.announce.first"), UPDATE("crisis.announce.update"), RESOLVED("crisis.announce.resolved");

        final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    private final CrisisServices services;

    Announcements(CrisisServices services) {
        this.services = services;
    }

    /** The languages to write in: those of the profile that Relais writes, else French and English. */
    List<String> languages() {
        List<String> spoken = services.profile().languages().stream().filter(l -> l.equals("fr") || l.equals("en")).toList();
        return spoken.isEmpty() ? List.of("fr", "en") : spoken;
    }

    String text(Kind kind, String language) {
        Messages t = Messages.of(language);
        String channel = services.board().label(services.channel(), t.locale());
        StringBuilder text = new StringBuilder(t.get(kind.key, channel));
        if (kind != Kind.RESOLVED) {
            List<String> ways = ways(t);
            if (!ways.isEmpty()) {
                text.append(' ').append(t.get(kind == Kind.FIRST ? "crisis.announce.reach" : "crisis.announce.still-reach",
                        BusinessTexts.list(ways, t)));
            }
            text.append(' ').append(t.get(kind == Kind.FIRST ? "crisis.announce.first.end" : "crisis.announce.update.end"));
            // Last, so that no punctuation follows the address.
            services.links().absolute("/status").ifPresent(status -> text.append(' ').append(t.get("crisis.announce.status", status)));
        }
        return text.toString();
    }

    /** True when the business profile names no way to reach the business (no contact, no chat page). */
    boolean noContact() {
        return services.profile().contacts().isEmpty() && services.profile().chatUrl() == null;
    }

    private List<String> ways(Messages t) {
        BusinessProfile profile = services.profile();
        List<String> ways = new ArrayList<>();
        for (BusinessProfile.Contact c : profile.contacts()) {
            ways.add(t.get("outage.reach." + c.kind().name().toLowerCase(Locale.ROOT), c.value()));
        }
        String chat = profile.chatUrl() != null ? profile.chatUrl() : services.links().absolute("/").orElse(null);
        if (chat != null) {
            ways.add(t.get("crisis.announce.chat", chat));
        }
        return ways;
    }
}
