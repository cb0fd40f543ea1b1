package app.relais.outage;

import app.relais.dossier.EvidenceValidators;
import app.relais.handoff.Handoff;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the outage-fallback stages need: the board, the FAQ, the hand-off, validators, the zone. */
public record OutageServices(OutageBoard board, Faq faq, Handoff handoff, EvidenceValidators validators, ZoneId zone) {

    String time(Instant at, Locale locale) {
        String pattern = "en".equals(locale.getLanguage()) ? "yyyy-MM-dd HH:mm" : "dd/MM/yyyy HH'h'mm";
        return DateTimeFormatter.ofPattern(pattern).format(at.atZone(zone));
    }
}
