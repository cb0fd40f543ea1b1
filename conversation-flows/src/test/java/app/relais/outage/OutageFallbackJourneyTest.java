package app.relais.outage;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.LocalizedText;
import app.relais.core.RelaisCore;
import app.relais.handoff.Ticket;
import app.relais.testing.MutableClock;
import app.relais.testing.RecordingAgentDesk;
import app.relais.testing.TestRelais;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A customer of the business during a Messenger outage: the news, FAQ answers, a request to the team. */
class OutageFallbackJourneyTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T08:00:00Z");
    private final RecordingAgentDesk desk = new RecordingAgentDesk();
    private final TestRelais relais = new TestRelais(clock,
            RelaisCore.builder().zone(ZoneId.of("Europe/Paris")).agentDesk(desk));

    private void messengerIsDown() {
        relais.core().outage().declare("messenger", ServiceStatus.OUTAGE,
                new LocalizedText("Messenger ne nous transmet plus vos messages.", "Messenger no longer delivers your messages."),
                null);
        clock.advance(Duration.ofMinutes(5));
    }

    @Test
    void aNewVisitorDuringAnOutageGetsTheNewsAndAnAnswerFromTheFaq() {
        messengerIsDown();
        relais.french()
                .send("Bonjour, où en est ma commande ?")
                .expectReply(containing("⚠️ Messenger : Messenger ne nous transmet plus vos messages."))
                .expectReply(containing("e-mail de confirmation d’expédition"))
                .expectReply(withChoice("Merci, c’est clair"))
                .tap("Merci, c’est clair")
                .expectReply(containing("Une autre question ?"));
    }

    @Test
    void theNewsPromisesNoTimeUnlessTheAdminGaveOne() {
        messengerIsDown();
        relais.french().command("start", "")
                .expectReply(containing("Messenger : en panne depuis le 21/11/2026 09h00."))
                .expectReply(containing("Nous ne connaissons pas encore l’heure du retour"))
                .expectReply(containing("support@example.com"))
                .expectNoReply(containing("prévu vers"));
        relais.core().outage().declare("messenger", ServiceStatus.DEGRADED,
                new LocalizedText("Les messages arrivent avec du retard.", "Messages arrive late."),
                Instant.parse("2026-11-21T11:30:00Z"));
        relais.english().command("start", "outage")
                .expectReply(containing("Messenger: degraded since 2026-11-21 09:00."))
                .expectReply(containing("Messages arrive late."))
                .expectReply(containing("Expected back to normal around 2026-11-21 12:30."));
    }

    @Test
    void theRequestFormChecksHowToReachTheCustomerAndOpensATicket() {
        messengerIsDown();
        relais.french().command("start", "outage")
                .tap("Écrire à l’équipe")
                .expectReply(containing("Quel est votre nom ?"))
                .send("Jeanne Martin")
                .expectReply(containing("Merci Jeanne Martin"))
                .send("jeanne chez example")
                .expectReply(containing("Je n’ai reconnu ni une adresse e-mail"))
                .expectReply(containing("Merci Jeanne Martin"))
                .send("06 12 34 56 78")
                .expectReply(containing("Quelle est votre question ?"))
                .send("Ma commande 4521 n’est pas arrivée, pouvez-vous vérifier ?")
                .expectReply(containing("Votre demande porte le numéro T-"))
                .expectReply(containing("+33612345678"));
        Ticket ticket = desk.lastOpened();
        assertThat(ticket.name()).isEqualTo("Jeanne Martin");
        assertThat(ticket.contact()).isEqualTo("+33612345678");
        assertThat(ticket.question()).contains("commande 4521");
        assertThat(ticket.summary()).contains("Messenger");
    }

    @Test
    void aQuestionTheFaqCannotAnswerCanBeSentToTheTeamAsTyped() {
        messengerIsDown();
        relais.english().command("start", "outage")
                .tap("Ask a question")
                .send("Can I pay with luncheon vouchers?")
                .expectReply(containing("I found no answer"))
                .tap("Write to the team")
                .send("Sam")
                .send("sam@example.com")
                .expectReply(withChoice("Send: “Can I pay with luncheon vouchers?”"))
                .tap("Send: “Can I pay with luncheon vouchers?”")
                .expectReply(containing("Your request number is T-"));
        assertThat(desk.lastOpened().question()).isEqualTo("Can I pay with luncheon vouchers?");
        assertThat(desk.lastOpened().language()).isEqualTo("en");
    }

    @Test
    void threeQuestionsInARowWithoutAnAnswerOfferAHuman() {
        messengerIsDown();
        relais.french().command("start", "outage")
                .tap("Poser une question")
                .send("Quelle est la couleur du ciel ?")
                .expectNoReply(containing("Voulez-vous parler à une personne"))
                .send("Et la météo de demain ?")
                .send("Vous vendez des vélos ?")
                .expectReply(containing("Voulez-vous parler à une personne de l’équipe ?"))
                .tap("Parler à une personne")
                .expectReply(containing("je passe la main à une personne de l’équipe"));
        assertThat(desk.opened()).hasSize(1);
    }

    @Test
    void withoutAnIncidentANewVisitorStartsWithTheSupportAssistant() {
        relais.french().send("mon compte facebook a été piraté")
                .expectReply(containing("Compte Facebook piraté"));
    }

    @Test
    void somethingElseLeadsToTheSupportAssistant() {
        messengerIsDown();
        relais.french().command("start", "outage")
                .tap("Autre chose")
                .expectReply(withChoice("Facebook"));
    }
}
