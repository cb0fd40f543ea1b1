package app.relais.drafting;

import app.relais.catalog.EvidenceType;
import app.relais.dossier.LetterDate;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Locale;

/**
 * Evidence values as a support agent should read them: dates in words, day first and month in
 * letters (12/11 is ambiguous across the Atlantic; see {@link LetterDate}), phone numbers in
 * international format with their country code. A value that does not parse is shown as given, as
 * is every other value (a username is already the handle alone, read when it was typed).
 */
final class EvidenceText {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private EvidenceText() {
    }

    static String format(EvidenceType type, String value, Locale locale) {
        if (type == EvidenceType.DATETIME) {
            return LetterDate.of(value, locale).orElse(value);
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
}
