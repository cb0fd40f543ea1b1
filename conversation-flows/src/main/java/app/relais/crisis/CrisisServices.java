package app.relais.crisis;

import app.relais.email.EmailOffer;
import app.relais.followup.CalendarFile;
import app.relais.outage.BusinessProfile;
import app.relais.outage.BusinessProfiles;
import app.relais.outage.BusinessTexts;
import app.relais.outage.OutageBoard;
import app.relais.outage.SiteLinks;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the crisis kit needs: its reminders, the incident board it offers to declare on, the
 * business profile its templates are filled from, links to Relais's pages, the application's
 * zone for a profile that names none, and, for a manager whose channel cannot write to them later
 * (the web chat), the email offer and the calendar file of the steps.
 */
public record CrisisServices(TimelineScheduler timeline, OutageBoard board, BusinessProfiles profiles, SiteLinks links,
                             ZoneId defaultZone, EmailOffer offer, CalendarFile calendar) {

    /** The channel the kit is about: Messenger when the business lists it, else its first channel. */
    static final String MESSENGER = "messenger";

    BusinessProfile profile() {
        return profiles.current();
    }

    ZoneId zone() {
        return profiles.current().zoneOr(defaultZone);
    }

    String channel() {
        BusinessProfile profile = profile();
        return profile.channel(MESSENGER).isPresent() ? MESSENGER : profile.channels().get(0).id();
    }

    /** "09:35", in the business's zone. */
    String clock(Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(zone()));
    }

    String zoneLabel(Locale locale) {
        return BusinessTexts.zoneLabel(zone(), locale);
    }
}
