package app.relais.outage;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.LocalizedText;
import app.relais.conversation.Reply;
import app.relais.core.RelaisCore;
import app.relais.handoff.Ticket;
import app.relais.testing.Conversation;
import app.relais.testing.MutableClock;
import app.relais.testing.RecordingAgentDesk;
import app.relais.testing.TestRelais;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A customer of the business during a Messenger outage: its welcome and news, FAQ answers, a request to the team. */
class OutageFallbackJourneyTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T08:00:00Z");
    private final RecordingAgentDesk desk = new RecordingAgentDesk();
    private final TestRelais relais = new TestRelais(clock,
            RelaisCore.builder().zone(ZoneId.of("Europe/Paris")).agentDesk(desk).business(Profiles.dupont()));

    private void messengerIsDown() {
        relais.core().outage().declare("messenger", ServiceStatus.OUTAGE,
                new LocalizedText("Messenger ne nous transmet plus vos messages.", "Messenger no longer delivers your messages."),
                null);
        clock.advance(Duration.ofMinutes(5));
    }

    @Test
    void theWelcomeSpeaksForTheBusinessGivesItsNewsAndItsRealContacts() {
        messengerIsDown();
        relais.french().command("start", "")
                .expectReply(containing("Bonjour, vous êtes bien chez Boutique Dupont : notre équipe vous répond ici."))
                .expectNoReply(containing("support d’une plateforme"))
                .expectReply(containing("Messenger : en panne depuis le 21/11/2026 à 09h00 (heure de Paris)."))
                .expectReply(containing("Nous ne connaissons pas encore l’heure du retour"))
                .expectReply(containing("Vous pouvez aussi nous joindre par e-mail à contact@boutique-dupont.fr ou par téléphone au 04 78 00 00 00."))
                .expectReply(containing("Horaires : du lundi au vendredi, de 9 h à 18 h."))
                .expectReply(withChoice("Un problème avec mon compte sur une plateforme"))
                .expectNoReply(containing("prévu vers"));
        relais.core().outage().declare("messenger", ServiceStatus.DEGRADED,
                new LocalizedText("Les messages arrivent avec du retard.", "Messages arrive late."),
                Instant.parse("2026-11-21T11:30:00Z"));
        relais.english().command("start", "outage")
                .expectReply(containing("Hello, you have reached Boutique Dupont: our team answers you here. Our team answers in French."))
                .expectReply(containing("Messenger: degraded since 2026-11-21 09:00 (Paris time)."))
                .expectReply(containing("Messages arrive late."))
                .expectReply(containing("Expected back to normal around 2026-11-21 12:30 (Paris time)."));
    }

    @Test
    void aQuestionTypedAtOnceIsAnsweredFromTheFaqWithoutRepeatingTheBanner() {
        messengerIsDown();
        Conversation customer = relais.french().command("start", "")
                .send("Bonjour, où en est ma commande ?")
                .expectReply(containing("e-mail de confirmation d’expédition"))
                .expectReply(withChoice("Merci, c’est clair"))
                .tap("Merci, c’est clair")
                .expectReply(containing("Une autre question ?"))
                .send("pourquoi je ne peux pas vous écrire sur messenger ?")
                .expectReply(containing("Messenger connaît en ce moment une panne qui ne dépend pas de nous"));
        assertThat(customer.transcript()).map(Reply::text).noneMatch(t -> t.startsWith("⚠️"));
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
                .send("mon portable c’est le 06 12 34 56 78 merci")
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
    void aQuestionTheFaqCannotAnswerIsOfferedToTheTeamOnceAndCanBeSentAsTyped() {
        messengerIsDown();
        relais.english().command("start", "outage")
                .send("Can I pay with luncheon vouchers?")
                .expectReply(containing("is this a question for Boutique Dupont, or a problem with your own account"))
                .tap("A question for Boutique Dupont")
                .expectReply(containing("I have no ready answer to that question. I can pass it on to the team"))
                .expectReply(withChoice("Send my question to the team"))
                .expectReply(withChoice("Talk to a person"))
                .send("And do you sell bikes?")
                .expectReply(containing("I have no ready answer to that one either."))
                .expectNoReply(withChoice("Talk to a person"))
                .tap("Send my question to the team")
                .send("Sam")
                .send("I don’t know, my email is sam@example.com.")
                .expectReply(withChoice("Send: “And do you sell bikes?”"))
                .tap("Send: “And do you sell bikes?”")
                .expectReply(containing("Your request number is T-"));
        assertThat(desk.lastOpened().question()).isEqualTo("And do you sell bikes?");
        assertThat(desk.lastOpened().language()).isEqualTo("en");
    }

    @Test
    void aPlatformProblemTypedInTheFaqIsOfferedTheSupportAssistant() {
        messengerIsDown();
        relais.french().command("start", "outage")
                .tap("Questions fréquentes")
                .send("on a piraté mon compte instagram et changé le mot de passe")
                .expectReply(withChoice("Préparer une demande au support de la plateforme"))
                .tap("Préparer une demande au support de la plateforme")
                .expectReply(containing("Compte Instagram piraté"));
    }

    @Test
    void theLastButtonOfTheWelcomeLeadsToTheSupportAssistant() {
        messengerIsDown();
        relais.french().command("start", "outage")
                .tap("Un problème avec mon compte sur une plateforme")
                .expectReply(withChoice("Facebook"));
    }

    @Test
    void withoutAnIncidentANewVisitorStartsWithTheSupportAssistantNamedForTheBusiness() {
        relais.french().command("start", "")
                .expectReply(containing("Bonjour, je suis Relais, l’assistant de Boutique Dupont."))
                .send("mon compte facebook a été piraté")
                .expectReply(containing("Compte Facebook piraté"));
    }

    @Test
    void aContactLeftEmptyIsLeftOutOfTheWelcomeAndTheFaq() {
        BusinessProfile seed = BusinessProfiles.load();
        relais.core().profiles().update(new BusinessProfile(null, null, null, null, null, null, List.of(), null, null,
                seed.channels(), null, null), "Camille", clock.instant());
        messengerIsDown();
        relais.french().command("start", "")
                .expectReply(containing("Bonjour, vous êtes bien au service client : notre équipe vous répond ici."))
                .expectNoReply(containing("nous joindre"))
                .send("vos horaires ?")
                .expectReply(containing("Je n’ai pas de réponse toute prête"))
                .send("comment vous contacter ?")
                .expectReply(containing("Comment vous joindre ?\n\nVous pouvez aussi laisser votre demande ici avec « Écrire à l’équipe »."));
    }
}
