package app.relais.outage;

import static app.relais.testing.ReplyMatchers.containing;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.LocalizedText;
import app.relais.core.RelaisCore;
import app.relais.testing.MutableClock;
import app.relais.testing.RecordingAgentDesk;
import app.relais.testing.TestRelais;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The phone number the bot gives as an example, typed back as it is shown, is taken. */
class ContactExampleJourneyTest {

    private final RecordingAgentDesk desk = new RecordingAgentDesk();
    private final TestRelais relais = new TestRelais(MutableClock.at("2026-11-21T08:00:00Z"),
            RelaisCore.builder().zone(ZoneId.of("Europe/Paris")).agentDesk(desk).business(Profiles.dupont()));

    @Test
    void theExampleNumberOfTheRefusalIsAcceptedInEitherLanguage() {
        relais.core().outage().declare("messenger", ServiceStatus.OUTAGE,
                new LocalizedText("Messenger est en panne.", "Messenger is down."), null);
        relais.english().command("start", "outage")
                .tap("Write to the team")
                .send("Jane Martin")
                .send("jane at example")
                .expectReply(containing("nor a phone number (e.g. +44 7400 123456)"))
                .send("+44 7400 123456")
                .expectReply(containing("What is your question?"));
        relais.french().command("start", "outage")
                .tap("Écrire à l’équipe")
                .send("Jeanne Martin")
                .send("jeanne chez exemple")
                .expectReply(containing("(exemple : +33 6 12 34 56 78)"))
                .send("+33 6 12 34 56 78")
                .expectReply(containing("Quelle est votre question ?"));
    }
}
