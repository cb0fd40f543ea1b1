package app.relais.dossier;

import app.relais.catalog.EvidenceOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * What a validator needs to know beyond the text: the platform's domains, the user's language and
 * country ({@code region}, ISO 3166, null when the channel did not say), now and the time zone
 * dates are read in, and the options of a choice item.
 */
public record ValidationContext(List<String> platformDomains, Locale locale, String region, Instant now,
                                ZoneId zone, List<EvidenceOption> options) {

    public ValidationContext {
        platformDomains = platformDomains == null ? List.of() : List.copyOf(platformDomains);
        region = region == null || region.isBlank() ? null : region;
        options = options == null ? List.of() : List.copyOf(options);
    }

    public ValidationContext(List<String> platformDomains, Locale locale, Instant now, ZoneId zone) {
        this(platformDomains, locale, null, now, zone, List.of());
    }

    public ValidationContext withRegion(String value) {
        return new ValidationContext(platformDomains, locale, value, now, zone, options);
    }

    boolean english() {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
