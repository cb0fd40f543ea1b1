package app.relais.dossier;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** What a validator needs to know beyond the text: the platform's domains, the user's language, now. */
public record ValidationContext(List<String> platformDomains, Locale locale, Instant now, ZoneId zone) {
}
