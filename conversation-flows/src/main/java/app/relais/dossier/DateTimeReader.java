package app.relais.dossier;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when something happened, as people write it in French or English: "hier vers 14h",
 * "le 3 mars à 9h30", "yesterday at 2pm", "03/03 21:15", "12 novembre 2026", "March 3rd at 9:30am",
 * ISO 8601. The date is found first and cut out, then the time in what is left. Dates are read in
 * the user's time zone; day/month order is the French and British one unless the user is in the
 * United States. A date without a year that would be in the future means last year's; any other
 * date in the future is refused (evidence is about the past).
 */
final class DateTimeReader {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A few minutes of slack for "just now" typed on a phone whose clock runs ahead. */
    private static final long FUTURE_SLACK_SECONDS = 300;
    /** Marks a time that was written but cannot exist (25h, 13pm). */
    private static final LocalTime IMPOSSIBLE = LocalTime.of(23, 59, 59, 999_999_999);
    private static final Pattern ISO_T = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})t(\\d)");
    private static final String MONTH_WORDS = "janvier|janv|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil"
            + "|aout|septembre|sept|octobre|oct|novembre|nov|decembre|dec|january|jan|february|feb|march|mar"
            + "|april|apr|may|june|jun|july|jul|august|aug|september|sep|october|november|december";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("fev", 2), Map.entry("february", 2),
            Map.entry("feb", 2), Map.entry("mars", 3), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("may", 5), Map.entry("juin", 6), Map.entry("june", 6),
            Map.entry("jun", 6), Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("aout", 8), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("septembre", 9), Map.entry("sept", 9), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("octobre", 10), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("novembre", 11), Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("decembre", 12), Map.entry("dec", 12), Map.entry("december", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("lundi", DayOfWeek.MONDAY), Map.entry("mardi", DayOfWeek.TUESDAY),
            Map.entry("mercredi", DayOfWeek.WEDNESDAY), Map.entry("jeudi", DayOfWeek.THURSDAY),
            Map.entry("vendredi", DayOfWeek.FRIDAY), Map.entry("samedi", DayOfWeek.SATURDAY),
            Map.entry("dimanche", DayOfWeek.SUNDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY));

    private static final Pattern ISO_INSTANT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}t\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?=\\b|t)");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{4}|\\d{2}))?\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH_WORDS + ")\\.?(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(" + MONTH_WORDS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(avant-hier|avant hier|the day before yesterday|apres-demain|demain|tomorrow|aujourd'hui|aujourdhui|today|tonight|ce soir|ce matin"
                    + "|cette nuit|this morning|this evening|last night|hier|yesterday)\\b");
    private static final Pattern DAYS_AGO = Pattern.compile("\\b(?:il y a\\s+(\\d{1,3})\\s+jours?|(\\d{1,3})\\s+days?\\s+ago)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(" + String.join("|", WEEKDAYS.keySet()) + ")\\b");
    private static final Pattern TIME_H = Pattern.compile("\\b(\\d{1,2})\\s*h\\s*(\\d{2})?\\b");
    private static final Pattern TIME_COLON = Pattern.compile("\\b(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*([ap])?\\.?m?\\.?(?=\\s|$|[^a-z])");
    private static final Pattern TIME_AMPM = Pattern.compile("\\b(\\d{1,2})\\s*([ap])\\.?m\\.?(?=\\s|$|[^a-z])");
    private static final Pattern TIME_WORD = Pattern.compile("\\b(midi|noon|minuit|midnight)\\b");
    private static final Pattern EVENING = Pattern.compile("\\b(du soir|de l'apres-midi|in the evening|in the afternoon|at night)\\b");

    /** A moment, or a day when no time was given. */
    record When(LocalDate day, LocalTime time) {
    }

    Validation read(String input, ValidationContext context) {
        String text = simplify(input);
        LocalDate today = context.now().atZone(context.zone()).toLocalDate();
        Optional<ZonedDateTime> exact = isoInstant(text, context);
        When when;
        if (exact.isPresent()) {
            when = new When(exact.get().toLocalDate(), exact.get().toLocalTime());
        } else {
            when = parse(ISO_T.matcher(text).replaceAll("$1 $2"),
                    context.now().atZone(context.zone()).toLocalDateTime(), "US".equals(context.region()));
        }
        if (when == null) {
            return new Validation.Invalid("evidence.invalid.datetime");
        }
        if (when.day() == null) {
            return new Validation.Invalid("evidence.invalid.datetime-day");
        }
        Instant at = (when.time() == null ? when.day().atStartOfDay() : when.day().atTime(when.time()))
                .atZone(context.zone()).toInstant();
        if (at.isAfter(context.now().plusSeconds(FUTURE_SLACK_SECONDS))) {
            return new Validation.Invalid("evidence.invalid.future");
        }
        return valid(when, context);
    }

    private static Validation valid(When when, ValidationContext context) {
        Locale locale = context.english() ? Locale.ENGLISH : Locale.FRENCH;
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(when.day());
        if (when.time() == null) {
            return new Validation.Valid(when.day().toString(), day);
        }
        ZonedDateTime at = when.day().atTime(when.time()).atZone(context.zone());
        String time = DateTimeFormatter.ofPattern("HH:mm").format(at);
        String value = at.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return new Validation.Valid(value, day + (context.english() ? " at " : " à ") + time);
    }

    private static Optional<ZonedDateTime> isoInstant(String text, ValidationContext context) {
        Matcher iso = ISO_INSTANT.matcher(text);
        if (!iso.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(iso.group().toUpperCase(Locale.ROOT)).atZoneSameInstant(context.zone()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Null when nothing in the text looks like a date or a time. */
    private static When parse(String text, LocalDateTime now, boolean monthFirst) {
        LocalDate today = now.toLocalDate();
        String rest = text;
        LocalDate day;
        try {
            Matcher m;
            if ((m = ISO_DATE.matcher(rest)).find()) {
                day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } else if ((m = NUMERIC_DATE.matcher(rest)).find() && !looksLikeTime(rest, m)) {
                int first = Integer.parseInt(m.group(1));
                int second = Integer.parseInt(m.group(2));
                day = dated(monthFirst ? second : first, monthFirst ? first : second, m.group(3), today);
            } else if ((m = DAY_MONTH.matcher(rest)).find()) {
                day = dated(Integer.parseInt(m.group(1)), MONTHS.get(m.group(2)), m.group(3), today);
            } else if ((m = MONTH_DAY.matcher(rest)).find()) {
                day = dated(Integer.parseInt(m.group(2)), MONTHS.get(m.group(1)), m.group(3), today);
            } else if ((m = RELATIVE.matcher(rest)).find()) {
                day = relative(m.group(1), today);
            } else if ((m = DAYS_AGO.matcher(rest)).find()) {
                day = today.minusDays(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
            } else if ((m = WEEKDAY.matcher(rest)).find()) {
                day = today.with(TemporalAdjusters.previousOrSame(WEEKDAYS.get(m.group(1))));
            } else {
                m = null;
                day = null;
            }
            if (m != null) {
                rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
            }
        } catch (DateTimeException | NumberFormatException e) {
            return new When(null, null);
        }
        LocalTime time = time(rest, text);
        if (day == null && time == null) {
            return null;
        }
        if (IMPOSSIBLE.equals(time)) {
            return new When(null, null);
        }
        if (day == null) {
            // A time alone is today's, or yesterday's when today's is still to come.
            day = today.atTime(time).isAfter(now) ? today.minusDays(1) : today;
        }
        return new When(day, time);
    }

    /** "21.15" is a time, not the 21st of the 15th month. */
    private static boolean looksLikeTime(String text, Matcher m) {
        return m.group(3) == null && text.charAt(m.start() + m.group(1).length()) == '.'
                && Integer.parseInt(m.group(2)) > 12;
    }

    /** A date without a year that would be in the future is last year's. */
    private static LocalDate dated(int dayOfMonth, int month, String year, LocalDate today) {
        if (year == null) {
            LocalDate candidate = LocalDate.of(today.getYear(), month, dayOfMonth);
            return candidate.isAfter(today) ? candidate.minusYears(1) : candidate;
        }
        int y = Integer.parseInt(year);
        return LocalDate.of(year.length() == 2 ? 2000 + y : y, month, dayOfMonth);
    }

    private static LocalDate relative(String word, LocalDate today) {
        if (word.contains("demain") || word.equals("tomorrow")) {
            // Evidence is about the past: read it anyway, so the answer says "in the future".
            return today.plusDays(word.startsWith("apres") ? 2 : 1);
        }
        if (word.contains("avant") || word.contains("before")) {
            return today.minusDays(2);
        }
        if (word.equals("hier") || word.equals("yesterday") || word.equals("last night")) {
            return today.minusDays(1);
        }
        return today;
    }

    /** The time in what is left once the date is cut out; {@link #IMPOSSIBLE} when it cannot exist. */
    private static LocalTime time(String rest, String whole) {
        Matcher m;
        int hour;
        int minute = 0;
        if ((m = TIME_COLON.matcher(rest)).find()) {
            hour = Integer.parseInt(m.group(1));
            minute = Integer.parseInt(m.group(2));
            hour = meridiem(hour, m.group(3));
        } else if ((m = TIME_AMPM.matcher(rest)).find()) {
            hour = meridiem(Integer.parseInt(m.group(1)), m.group(2));
        } else if ((m = TIME_H.matcher(rest)).find()) {
            hour = Integer.parseInt(m.group(1));
            minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        } else if ((m = TIME_WORD.matcher(rest)).find()) {
            hour = m.group(1).equals("minuit") || m.group(1).equals("midnight") ? 0 : 12;
        } else {
            return null;
        }
        if (hour < 12 && hour > 0 && EVENING.matcher(whole).find()) {
            hour += 12;
        }
        if (hour > 23 || minute > 59 || hour < 0) {
            return IMPOSSIBLE;
        }
        return LocalTime.of(hour, minute);
    }

    private static int meridiem(int hour, String amPm) {
        if (amPm == null) {
            return hour;
        }
        if (hour < 1 || hour > 12) {
            return 99;
        }
        if (amPm.equals("p")) {
            return hour == 12 ? 12 : hour + 12;
        }
        return hour == 12 ? 0 : hour;
    }

    /** Lower case, no accents, one kind of apostrophe: "Aujourd’hui à 9h" reads like "aujourd'hui a 9h". */
    static String simplify(String input) {
        String text = MARKS.matcher(Normalizer.normalize(input.toLowerCase(Locale.ROOT).replace('’', '\''),
                Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
