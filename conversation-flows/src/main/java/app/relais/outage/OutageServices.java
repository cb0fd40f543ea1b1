package app.relais.outage;

import app.relais.dossier.EvidenceValidators;
import app.relais.engine.Turn;
import app.relais.handoff.Handoff;
import app.relais.handoff.HandoffHook;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What the outage-fallback stages need: the board, the FAQ, the hand-off, validators, the business
 * profile in force, the visitor router, the activity log for reports, the hand-off hook (a person
 * asked for in words), and the application's zone (RELAIS_ZONE) for a profile that names none.
 */
public record OutageServices(OutageBoard board, Faq faq, Handoff handoff, EvidenceValidators validators,
                             ZoneId defaultZone, BusinessProfiles profiles, VisitorRouter router, ActivityLog activity,
                             HandoffHook human) {

    BusinessProfile profile() {
        return profiles.current();
    }

    ZoneId zone() {
        return profiles.current().zoneOr(defaultZone);
    }

    /** A date and time in the business's zone, the zone named when {@code withZone}. */
    String time(Instant at, Locale locale, boolean withZone) {
        return BusinessTexts.time(at, zone(), locale, withZone);
    }

    void record(Turn turn, Activity.Kind kind, String ref, String detail) {
        activity.record(new Activity(turn.now(), kind, turn.key().channel(), ref, null, detail,
                detail == null ? null : turn.key()));
    }
}
