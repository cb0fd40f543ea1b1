package app.relais.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as a person writes them in a letter or reads them in a dossier, never in ISO form: "samedi 5 décembre 2026 à 18 h",
 * "mardi 1er décembre 2026 à 21 h 30", "Saturday 5 December 2026 at 6 pm". The day comes first in
 * both languages and the month is in letters, so an agent on either side of the Atlantic reads
 * the same date. Evidence dates are stored as ISO-8601 with their offset (or a bare date when no
 * time was given) and shown in the local time the person gave.
 */
public final class LetterDate {

    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private LetterDate() {
    }

    /** A stored evidence date in words; empty when it is neither a date-time nor a date. */
    public static Optional<String> of(String stored, Locale locale) {
        return parse(stored).map(at -> at.toLocalTime().equals(LocalTime.MIDNIGHT) && isBareDate(stored)
                ? day(at.toLocalDate(), locale) : dateTime(at, locale));
    }

    /** For putting dated facts in order: the local date-time the person gave. */
    public static Optional<LocalDateTime> parse(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(stored).toLocalDateTime());
        } catch (DateTimeParseException notADateTime) {
            try {
                return Optional.of(LocalDate.parse(stored).atStartOfDay());
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static boolean isBareDate(String stored) {
        return stored.indexOf('T') < 0;
    }

    /** "samedi 5 décembre 2026", "Saturday 5 December 2026". */
    public static String day(LocalDate date, Locale locale) {
        if (english(locale)) {
            return ENGLISH_DAY.format(date);
        }
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.FRENCH);
        String dayOfMonth = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        return weekday + " " + dayOfMonth + " " + FRENCH_DAY.format(date);
    }

    /** "samedi 5 décembre 2026 à 18 h", "Saturday 5 December 2026 at 6 pm". */
    public static String dateTime(LocalDateTime at, Locale locale) {
        return day(at.toLocalDate(), locale) + (english(locale) ? " at " : " à ") + time(at.toLocalTime(), locale);
    }

    /** "18 h", "21 h 30", "6 pm", "9:30 pm", "noon". */
    static String time(LocalTime time, Locale locale) {
        int hour = time.getHour();
        int minute = time.getMinute();
        String minutes = String.format(Locale.ROOT, "%02d", minute);
        if (!english(locale)) {
            return hour + " h" + (minute == 0 ? "" : " " + minutes);
        }
        if (minute == 0 && (hour == 0 || hour == 12)) {
            return hour == 0 ? "midnight" : "noon";
        }
        int twelve = hour % 12 == 0 ? 12 : hour % 12;
        return twelve + (minute == 0 ? "" : ":" + minutes) + (hour < 12 ? " am" : " pm");
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
