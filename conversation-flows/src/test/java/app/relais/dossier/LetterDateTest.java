package app.relais.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates as a letter writes them: day first, month in letters, the hour the way each language says it. */
class LetterDateTest {

    @Test
    void aDateTimeReadsAsAPersonWritesItInEachLanguage() {
        assertThat(LetterDate.of("2026-12-05T18:00+01:00", Locale.FRENCH)).hasValue("samedi 5 décembre 2026 à 18 h");
        assertThat(LetterDate.of("2026-12-05T18:00+01:00", Locale.ENGLISH)).hasValue("Saturday 5 December 2026 at 6 pm");
        assertThat(LetterDate.of("2026-11-12T21:30+01:00", Locale.FRENCH)).hasValue("jeudi 12 novembre 2026 à 21 h 30");
        assertThat(LetterDate.of("2026-11-12T21:30+01:00", Locale.ENGLISH)).hasValue("Thursday 12 November 2026 at 9:30 pm");
        assertThat(LetterDate.of("2026-11-12T09:05+01:00", Locale.FRENCH)).hasValue("jeudi 12 novembre 2026 à 9 h 05");
        assertThat(LetterDate.of("2026-11-12T09:05+01:00", Locale.ENGLISH)).hasValue("Thursday 12 November 2026 at 9:05 am");
    }

    @Test
    void theFirstOfTheMonthIsPremierInFrenchAndNoonAndMidnightAreSaidInEnglish() {
        assertThat(LetterDate.of("2026-12-01T12:00+01:00", Locale.FRENCH)).hasValue("mardi 1er décembre 2026 à 12 h");
        assertThat(LetterDate.of("2026-12-01T12:00+01:00", Locale.ENGLISH)).hasValue("Tuesday 1 December 2026 at noon");
        assertThat(LetterDate.of("2026-12-01T00:00+01:00", Locale.ENGLISH)).hasValue("Tuesday 1 December 2026 at midnight");
        assertThat(LetterDate.of("2026-12-01T00:15+01:00", Locale.FRENCH)).hasValue("mardi 1er décembre 2026 à 0 h 15");
    }

    @Test
    void aDateWithoutATimeIsADayAndAnythingElseIsNotADate() {
        assertThat(LetterDate.of("2026-12-06", Locale.FRENCH)).hasValue("dimanche 6 décembre 2026");
        assertThat(LetterDate.of("2026-12-06", Locale.ENGLISH)).hasValue("Sunday 6 December 2026");
        assertThat(LetterDate.day(LocalDate.of(2026, 11, 21), Locale.FRENCH)).isEqualTo("samedi 21 novembre 2026");
        assertThat(LetterDate.of("la semaine dernière", Locale.FRENCH)).isEmpty();
        assertThat(LetterDate.of(null, Locale.FRENCH)).isEmpty();
    }
}
