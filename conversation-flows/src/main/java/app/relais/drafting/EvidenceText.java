package app.relais.drafting;

import app.relais.catalog.EvidenceType;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Evidence values as a support agent should read them: dates spelled the locale's way with the
 * month in letters (12/11 is ambiguous across the Atlantic), phone numbers in international
 * format with their country code. A value that does not parse is shown as the user gave it.
 */
final class EvidenceText {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private EvidenceText() {
    }

    static String format(EvidenceType type, String value, Locale locale) {
        if (type == EvidenceType.DATETIME) {
            return instant(value).map(at -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(locale).format(at.toLocalDateTime())).orElse(value);
        }
        if (type == EvidenceType.PHONE) {
            try {
                return PHONES.format(PHONES.parse(value, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
            } catch (NumberParseException notE164) {
                return value;
            }
        }
        return value;
    }

    /** A stored date-time (ISO-8601 with its offset), for putting facts in order. */
    static Optional<OffsetDateTime> instant(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value));
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
