package app.relais.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The reminder's .ics, parsed back as a calendar app would. */
class CalendarFileTest {

    private static final Instant STAMP = Instant.parse("2026-11-21T20:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-28T20:00:00Z");
    private static final String SUMMARY = "Relancer ma demande : Appel, urgent; « réexamen » \\ +33 6 12 34 56 78";
    private static final String DESCRIPTION = "Demande envoyée le 21 novembre 2026 : « Réexamen ».\n"
            + "Sans réponse, c’est le moment de relancer ; revenez dans la conversation Relais, "
            + "la relance est prête à copier, avec les autres recours possibles (formulaires, communautés, avocat).";

    @Test
    void theEventParsesBackWithEveryFieldAndTheUsersTextIntact() throws Exception {
        String ics = new String(CalendarFile.ics("r-1@relais", STAMP, DUE, SUMMARY, DESCRIPTION), StandardCharsets.UTF_8);

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponents().get(0);

        assertThat(calendar.getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
        assertThat(calendar.getProperty(Property.PRODID)).isPresent();
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("r-1@relais");
        assertThat(event.getProperty(Property.DTSTAMP).orElseThrow().getValue()).isEqualTo("20261121T200000Z");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261128T200000Z");
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(SUMMARY);
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).isEqualTo(DESCRIPTION);
        VAlarm alarm = event.getAlarms().get(0);
        assertThat(alarm.getProperty(Property.ACTION).orElseThrow().getValue()).isEqualTo("DISPLAY");
        assertThat(Duration.parse(alarm.getProperty(Property.TRIGGER).orElseThrow().getValue())).isZero();
    }

    @Test
    void linesAreFoldedAt75OctetsEndInCrlfAndSpecialCharactersAreEscaped() {
        String ics = new String(CalendarFile.ics("r-1@relais", STAMP, DUE, SUMMARY, DESCRIPTION), StandardCharsets.UTF_8);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Relancer ma demande : Appel\\, urgent\\; « réexamen » \\\\ +33")
                .contains("DESCRIPTION:Demande envoyée le 21 novembre 2026 : « Réexamen ».\\nSans réponse")
                .contains("BEGIN:VALARM");
    }
}
