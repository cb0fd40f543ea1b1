package app.relais.outage;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.LocalizedText;
import app.relais.conversation.ConversationKey;
import app.relais.core.RelaisCore;
import app.relais.testing.Conversation;
import app.relais.testing.MutableClock;
import app.relais.testing.TestRelais;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** After an incident, its report: what customers asked, how many needed a person, how fast agents answered. */
class IncidentReportTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T08:00:00Z");
    private final TestRelais relais = new TestRelais(clock,
            RelaisCore.builder().zone(ZoneId.of("Europe/Paris")).business(Profiles.dupont()));

    private Conversation on(String channel, String id) {
        return relais.conversation(new ConversationKey(channel, id), Locale.FRANCE).command("start", "");
    }

    @Test
    void aTestIncidentIsReportedWithItsConversationsHandOffsAnswerTimesAndFaq() {
        on("web", "before").send("quand est-ce que vous livrez ?");
        clock.advance(Duration.ofMinutes(1));
        Incident incident = relais.core().outage().declare("messenger", ServiceStatus.OUTAGE,
                new LocalizedText("Messenger est en panne.", "Messenger is down."), null);
        clock.advance(Duration.ofMinutes(5));
        on("web", "a").send("quand est-ce que vous livrez ?").tap("Merci, c’est clair").send("vos horaires svp");
        on("web", "b").send("=HYPERLINK(\"http://evil\") vous vendez des vélos ?");
        Conversation telegram = on("telegram", "c").send("je veux parler à un conseiller");
        on("telegram", "d").send("mon compte instagram a été piraté, aidez moi");
        Conversation web = on("web", "e").send("vous vendez des vélos ?");
        clock.advance(Duration.ofMinutes(4));
        String first = relais.core().handoff().activeFor(telegram.key()).orElseThrow().id();
        relais.core().handoff().reply(first, "Camille", "Bonjour, je suis là.");
        web.tap("Parler à une personne");
        clock.advance(Duration.ofMinutes(10));
        String second = relais.core().handoff().activeFor(web.key()).orElseThrow().id();
        relais.core().handoff().reply(second, "Camille", "Bonjour !");
        relais.core().handoff().reply(second, "Camille", "Nous n’en vendons pas.");
        clock.advance(Duration.ofMinutes(61));
        relais.core().outage().clear("messenger", null);
        clock.advance(Duration.ofHours(1));
        on("web", "after").send("où en est ma commande ?");

        IncidentReport report = relais.core().reports().of(incident.id()).orElseThrow();
        assertThat(report.durationMinutes()).isEqualTo(80);
        assertThat(report.open()).isFalse();
        assertThat(report.conversations()).containsExactlyInAnyOrder(
                new IncidentReport.Count("telegram", "human", 1), new IncidentReport.Count("telegram", "platform", 1),
                new IncidentReport.Count("web", "business", 3));
        assertThat(report.totalConversations()).isEqualTo(5);
        assertThat(report.handoffs()).containsExactlyInAnyOrder(new IncidentReport.Count("telegram", "handoff", 1),
                new IncidentReport.Count("web", "handoff", 1));
        assertThat(report.firstAnswers()).isEqualTo(new IncidentReport.FirstAnswers(2, 0, 240L, 600L));
        assertThat(report.questions()).extracting(IncidentReport.Question::id).containsExactly("opening-hours", "order-status");
        assertThat(report.misses()).containsExactlyInAnyOrder(new IncidentReport.Miss("vous vendez des vélos ?", 1),
                new IncidentReport.Miss("=HYPERLINK(\"http://evil\") vous vendez des vélos ?", 1));

        String csv = report.csv();
        assertThat(csv.lines().toList()).startsWith("section,item,channel,value", "incident,id,," + incident.id(),
                "incident,channel,,messenger", "incident,zone,,Europe/Paris", "incident,opened_at,,2026-11-21T09:01:00+01:00",
                "incident,closed_at,,2026-11-21T10:21:00+01:00", "incident,duration_minutes,,80");
        assertThat(csv).contains("conversations,total,,5\r\n", "conversations,business,web,3\r\n",
                "handoffs,tickets,telegram,1\r\n", "first_answer,median_seconds,,240\r\n", "first_answer,p90_seconds,,600\r\n",
                "faq_question,order-status,,1\r\n", "faq_miss,\"'=HYPERLINK(\"\"http://evil\"\") vous vendez des vélos ?\",,1\r\n");
    }

    @Test
    void forgettingAConversationErasesTheWordsOfItsMissesButNotTheCount() {
        Incident incident = relais.core().outage().declare("messenger", ServiceStatus.OUTAGE,
                new LocalizedText("Messenger est en panne.", "Messenger is down."), null);
        Conversation customer = on("web", "f").send("je m’appelle Jeanne Martin, vous vendez des vélos ?");
        customer.send("/forget").tap("Oui, tout effacer");
        IncidentReport report = relais.core().reports().of(incident.id()).orElseThrow();
        assertThat(report.misses()).isEmpty();
        assertThat(report.erasedMisses()).isEqualTo(1);
        assertThat(report.csv()).doesNotContain("Jeanne");
        assertThat(report.open()).isTrue();
        assertThat(IncidentReports.percentile(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 90)).isEqualTo(9L);
    }
}
