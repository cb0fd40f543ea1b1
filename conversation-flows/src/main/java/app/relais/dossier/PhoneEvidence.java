package app.relais.dossier;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Phone numbers, checked and formatted by libphonenumber and stored in E.164. A number written
 * the national way ("06 12 34 56 78") is read in the user's country when the channel said which
 * it is; otherwise the user is asked, the countries most likely for their language first.
 */
final class PhoneEvidence {

    private static final Pattern PHONE_CHARACTERS = Pattern.compile("[+()0-9 .\\-/]{2,30}");
    private static final Pattern PHONE_IN_TEXT = Pattern.compile("(?<![\\w+])(?:\\+|00)?\\d[\\d .()/-]{4,28}\\d(?!\\w)");
    private static final List<String> LIKELY_FOR_FRENCH = List.of("FR", "BE", "CH", "CA", "LU", "MA", "SN", "CI");
    private static final List<String> LIKELY_FOR_ENGLISH = List.of("GB", "US", "IE", "CA", "AU", "FR");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    Validation check(String text, ValidationContext context) {
        String written = text.strip();
        if (!PHONE_CHARACTERS.matcher(written).matches()) {
            // "its 0044 7911 123456", "mon numéro : 06 12 34 56 78": the one number among the words.
            List<String> found = PHONE_IN_TEXT.matcher(written).results().map(m -> m.group().strip()).toList();
            if (found.size() != 1) {
                return new Validation.Invalid("evidence.invalid.phone");
            }
            written = found.get(0);
        }
        if (written.startsWith("00")) {
            written = "+" + written.substring(2);
        }
        String region = context.region() == null ? null : context.region().toUpperCase(Locale.ROOT);
        if (!written.startsWith("+") && (region == null || !phones.getSupportedRegions().contains(region))) {
            return new Validation.NeedsRegion(written, likelyRegions(context));
        }
        try {
            Phonenumber.PhoneNumber number = phones.parse(written, written.startsWith("+") ? "ZZ" : region);
            PhoneNumberUtil.ValidationResult possible = phones.isPossibleNumberWithReason(number);
            if (possible == PhoneNumberUtil.ValidationResult.TOO_SHORT) {
                return new Validation.Invalid("evidence.invalid.phone-short");
            }
            if (possible == PhoneNumberUtil.ValidationResult.TOO_LONG) {
                return new Validation.Invalid("evidence.invalid.phone-long");
            }
            if (!phones.isValidNumber(number)) {
                return new Validation.Invalid("evidence.invalid.phone");
            }
            return new Validation.Valid(phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164),
                    phones.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL));
        } catch (NumberParseException e) {
            return e.getErrorType() == NumberParseException.ErrorType.INVALID_COUNTRY_CODE
                    ? new Validation.Invalid("evidence.invalid.phone-country")
                    : new Validation.Invalid("evidence.invalid.phone");
        }
    }

    /** The button label of a country: its name in the user's language and its calling code. */
    String countryLabel(String region, Locale locale) {
        return new Locale("", region).getDisplayCountry(locale) + " (+" + phones.getCountryCodeForRegion(region) + ")";
    }

    String regionOf(int callingCode) {
        return phones.getRegionCodeForCountryCode(callingCode);
    }

    boolean knowsRegion(String region) {
        return region != null && phones.getSupportedRegions().contains(region.toUpperCase(Locale.ROOT));
    }

    private static List<String> likelyRegions(ValidationContext context) {
        return context.english() ? LIKELY_FOR_ENGLISH : LIKELY_FOR_FRENCH;
    }
}
