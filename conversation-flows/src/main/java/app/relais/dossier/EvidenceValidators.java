package app.relais.dossier;

import app.relais.catalog.EvidenceType;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks and normalises a typed answer according to its evidence type. */
public final class EvidenceValidators {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern DIGITS = Pattern.compile("\\d{5,25}");
    private static final Pattern ID_IN_URL = Pattern.compile("(?:id=|/events/|/groups/|/posts/|/videos/|/photos?/|/story_fbid=|/permalink/)(\\d{5,25})");
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(aujourd'?hui|aujourd’hui|today|hier|yesterday|avant-hier)(?:\\D*(\\d{1,2})\\s*(?:h|:|heures?)?\\s*(\\d{2})?\\s*(am|pm)?)?");
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu H:mm"), DateTimeFormatter.ofPattern("d/M/uuuu H'h'mm"),
            DateTimeFormatter.ofPattern("d/M/uuuu H'h'"), DateTimeFormatter.ofPattern("uuuu-M-d H:mm"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ofPattern("d/M/uu H:mm"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d/M/uu"));
    private static final int TEXT_MIN = 2;
    private static final int TEXT_MAX = 2000;

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    public Validation validate(EvidenceType type, String input, ValidationContext context) {
        String text = input.strip();
        if (text.isEmpty()) {
            return new Validation.Invalid("evidence.invalid.empty");
        }
        return switch (type) {
            case URL -> url(text, context);
            case ID -> id(text);
            case DATETIME -> dateTime(text, context);
            case PHONE -> phone(text, context);
            case EMAIL -> email(text);
            case TEXT -> text(text);
            case FILE -> new Validation.Invalid("evidence.invalid.file");
        };
    }

    private Validation url(String text, ValidationContext context) {
        String candidate = text.matches("(?i)https?://.*") ? text : "https://" + text;
        URI uri;
        try {
            uri = new URI(candidate.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return new Validation.Invalid("evidence.invalid.url");
        }
        String host = uri.getHost();
        if (host == null || !host.contains(".") || text.contains(" ")) {
            return new Validation.Invalid("evidence.invalid.url");
        }
        String lowerHost = host.toLowerCase(Locale.ROOT);
        List<String> domains = context.platformDomains();
        if (!domains.isEmpty() && domains.stream().noneMatch(d -> lowerHost.equals(d) || lowerHost.endsWith("." + d))) {
            return new Validation.Invalid("evidence.invalid.url-host", host, domains.get(0));
        }
        String normalised = "https://" + lowerHost + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new Validation.Valid(normalised, normalised);
    }

    private Validation id(String text) {
        if (DIGITS.matcher(text).matches()) {
            return new Validation.Valid(text, text);
        }
        Matcher inUrl = ID_IN_URL.matcher(text);
        if (inUrl.find()) {
            return new Validation.Valid(inUrl.group(1), inUrl.group(1));
        }
        return new Validation.Invalid("evidence.invalid.id");
    }

    private Validation dateTime(String text, ValidationContext context) {
        LocalDateTime parsed = parseDateTime(text.toLowerCase(Locale.ROOT), context);
        if (parsed == null) {
            return new Validation.Invalid("evidence.invalid.datetime");
        }
        ZonedDateTime at = parsed.atZone(context.zone());
        if (at.toInstant().isAfter(context.now().plusSeconds(300))) {
            return new Validation.Invalid("evidence.invalid.future");
        }
        String display = DateTimeFormatter.ofPattern(
                context.locale().getLanguage().equals("en") ? "yyyy-MM-dd HH:mm" : "dd/MM/yyyy HH'h'mm").format(at);
        return new Validation.Valid(at.toOffsetDateTime().toString(), display);
    }

    private LocalDateTime parseDateTime(String text, ValidationContext context) {
        Matcher relative = RELATIVE_DAY.matcher(text);
        if (relative.matches()) {
            LocalDate today = context.now().atZone(context.zone()).toLocalDate();
            LocalDate day = switch (relative.group(1)) {
                case "hier", "yesterday" -> today.minusDays(1);
                case "avant-hier" -> today.minusDays(2);
                default -> today;
            };
            int hour = relative.group(2) == null ? 12 : Integer.parseInt(relative.group(2));
            int minute = relative.group(3) == null ? 0 : Integer.parseInt(relative.group(3));
            if ("pm".equals(relative.group(4)) && hour < 12) {
                hour += 12;
            }
            return hour > 23 || minute > 59 ? null : day.atTime(hour, minute);
        }
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return LocalDateTime.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format).atTime(LocalTime.NOON);
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        return null;
    }

    private Validation phone(String text, ValidationContext context) {
        String region = context.locale().getLanguage().equals("en") ? "GB" : "FR";
        try {
            Phonenumber.PhoneNumber number = phones.parse(text, region);
            if (!phones.isValidNumber(number)) {
                return new Validation.Invalid("evidence.invalid.phone");
            }
            String e164 = phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
            return new Validation.Valid(e164, phones.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL));
        } catch (NumberParseException e) {
            return new Validation.Invalid("evidence.invalid.phone");
        }
    }

    private Validation email(String text) {
        if (!EMAIL.matcher(text).matches()) {
            return new Validation.Invalid("evidence.invalid.email");
        }
        return new Validation.Valid(text.toLowerCase(Locale.ROOT), text.toLowerCase(Locale.ROOT));
    }

    private Validation text(String text) {
        if (text.length() < TEXT_MIN) {
            return new Validation.Invalid("evidence.invalid.text-short");
        }
        if (text.length() > TEXT_MAX) {
            return new Validation.Invalid("evidence.invalid.text-long", TEXT_MAX);
        }
        return new Validation.Valid(text, text);
    }
}
