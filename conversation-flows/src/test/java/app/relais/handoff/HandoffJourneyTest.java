package app.relais.handoff;

import static app.relais.testing.ReplyMatchers.containing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.relais.conversation.Author;
import app.relais.conversation.Dispatch;
import app.relais.conversation.Reply;
import app.relais.core.RelaisCore;
import app.relais.store.LogEntry;
import app.relais.testing.Conversation;
import app.relais.testing.InMemoryChannel;
import app.relais.testing.MutableClock;
import app.relais.testing.RecordingAgentDesk;
import app.relais.testing.TestRelais;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A whole hand-off at engine level: customer, bot, agent desk and the customer's channel. */
class HandoffJourneyTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T08:00:00Z");
    private final RecordingAgentDesk desk = new RecordingAgentDesk();
    private final TestRelais relais = new TestRelais(clock, RelaisCore.builder().agentDesk(desk));
    private final InMemoryChannel channel = new InMemoryChannel(relais.core().outbox());

    HandoffJourneyTest() {
        relais.core().registerGateway(channel);
    }

    private Handoff handoff() {
        return relais.core().handoff();
    }

    private List<String> pushed(Conversation c) {
        return channel.pushedTo(c.key()).stream().map(Reply::text).toList();
    }

    @Test
    void theBotStaysSilentWhileAnAgentOwnsTheConversationAndResumesWhenItIsHandedBack() {
        Conversation customer = relais.french()
                .send("mon compte facebook a été piraté")
                .send("Un humain !")
                .expectReply(containing("je passe la main à une personne de l’équipe"));
        Ticket ticket = desk.lastOpened();
        assertThat(ticket.conversation()).isEqualTo(customer.key());
        assertThat(ticket.summary()).isNotBlank();

        handoff().take(ticket.id(), "Camille");
        assertThat(pushed(customer)).containsExactly("Camille de l’équipe prend votre demande et vous répond ici.");

        handoff().reply(ticket.id(), "Camille", "Bonjour, avez-vous encore accès à votre adresse e-mail ?");
        assertThat(pushed(customer)).last().isEqualTo("Camille (équipe) : Bonjour, avez-vous encore accès à votre adresse e-mail ?");

        customer.send("Non, le pirate l’a changée");
        assertThat(customer.lastReplies()).isEmpty();
        customer.send("/restart");
        assertThat(customer.lastReplies()).isEmpty();
        customer.send("humain");
        assertThat(customer.lastReplies()).isEmpty();
        assertThat(desk.events()).contains("customer " + ticket.id() + ": Non, le pirate l’a changée",
                "customer " + ticket.id() + ": /restart");
        assertThat(handoff().tickets().messages(ticket.id())).extracting(TicketMessage::author)
                .contains(TicketMessage.Author.AGENT, TicketMessage.Author.CUSTOMER);

        handoff().close(ticket.id(), "Camille");
        assertThat(pushed(customer)).last().asString().contains("Je reprends la conversation");
        assertThat(desk.events()).last().isEqualTo("closed " + ticket.id());

        customer.send("mon compte facebook a été piraté")
                .expectReply(containing("Compte Facebook piraté"));
        assertThatThrownBy(() -> handoff().reply(ticket.id(), "Camille", "encore là ?"))
                .isInstanceOf(Handoff.TicketClosedException.class);
    }

    @Test
    void aTicketAnotherAgentOwnsCannotBeAnsweredWithoutTakingItOverAndTheCustomerIsToldWhoAnswersNow() {
        Conversation customer = relais.french().send("/human");
        Ticket ticket = desk.lastOpened();
        Agent camille = new Agent("account:1", "Camille");
        Agent dominique = new Agent("account:2", "Dominique");

        handoff().reply(ticket.id(), camille, "Bonjour, je regarde.");
        assertThatThrownBy(() -> handoff().reply(ticket.id(), dominique, "Bonjour !"))
                .isInstanceOf(Handoff.TakenByAnotherAgentException.class).hasMessageContaining("Camille");
        assertThat(pushed(customer)).noneMatch(text -> text.contains("Bonjour !"));

        Ticket takenOver = handoff().take(ticket.id(), dominique);
        assertThat(takenOver.agentId()).isEqualTo("account:2");
        handoff().reply(ticket.id(), dominique, "Je prends le relais de ma collègue.");
        assertThat(pushed(customer)).containsSubsequence("Camille de l’équipe prend votre demande et vous répond ici.",
                "Camille (équipe) : Bonjour, je regarde.", "Dominique de l’équipe prend votre demande et vous répond ici.",
                "Dominique (équipe) : Je prends le relais de ma collègue.");
        assertThat(desk.events()).contains("agent " + ticket.id() + " Dominique: Je prends le relais de ma collègue.");
    }

    @Test
    void whileWaitingForAnAgentMessagesAreAddedToTheRequestAndCommandsStillWork() {
        Conversation customer = relais.english().send("/human")
                .expectReply(containing("I am handing you over"));
        Ticket ticket = desk.lastOpened();
        customer.send("It is about my order 4521")
                .expectReply(containing("I am adding this message to your request " + ticket.id()));
        customer.send("talk to a human")
                .expectReply(containing("has already been passed on"));
        customer.send("/status").expectReply(containing("Where we are"));
        assertThat(desk.opened()).hasSize(1);
    }

    @Test
    void anAgentReplyToAnOfflineCustomerWaitsInTheOutboxUntilTheyComeBack() {
        Conversation customer = relais.french().send("/human");
        Ticket ticket = desk.lastOpened();
        channel.offline(true);

        handoff().reply(ticket.id(), "Camille", "Votre colis part demain.");

        assertThat(pushed(customer)).isEmpty();
        assertThat(relais.core().outbox().owed(customer.key(), 0))
                .extracting(Dispatch::author, Dispatch::name, d -> d.replies().get(0).text()).containsExactly(
                        tuple(Author.BOT, null, "Camille de l’équipe prend votre demande et vous répond ici."),
                        tuple(Author.AGENT, "Camille", "Votre colis part demain."));

        channel.cameBack(customer.key());
        assertThat(pushed(customer)).containsExactly("Camille de l’équipe prend votre demande et vous répond ici.",
                "Camille (équipe) : Votre colis part demain.");
        assertThat(relais.core().outbox().owed(customer.key(), 0)).isEmpty();
    }

    @Test
    void theTranscriptHoldsThePersonTheBotAndTheAgentInOrder() {
        Conversation customer = relais.french().send("/human");
        Ticket ticket = desk.lastOpened();
        clock.advance(Duration.ofMinutes(2));
        handoff().reply(ticket.id(), "Camille", "Votre colis part demain.");
        clock.advance(Duration.ofMinutes(1));
        customer.send("Merci, mon mot de passe est hunter22");

        List<LogEntry> entries = relais.core().log().entries(customer.key());
        assertThat(entries).extracting(LogEntry::who, LogEntry::name, LogEntry::text).containsSubsequence(
                tuple(Author.PERSON, null, "/human"),
                tuple(Author.BOT, null, "Camille de l’équipe prend votre demande et vous répond ici."),
                tuple(Author.AGENT, "Camille", "Votre colis part demain."));
        assertThat(entries).allMatch(LogEntry::delivered);
        assertThat(entries).extracting(LogEntry::id).isSorted().doesNotHaveDuplicates();
        assertThat(entries).filteredOn(e -> e.who() == Author.PERSON).last()
                .satisfies(e -> assertThat(e.text()).startsWith("Merci").doesNotContain("hunter22"));
    }

    @Test
    void withNoAgentInTimeTheCustomerIsToldTheUsualDelayAndOfferedTheBusinessEmailOnce() {
        relais.core().profiles().update(profileWithEmail("contact@boutique-dupont.fr"), "Camille", clock.instant());
        Conversation customer = relais.french().send("je veux parler a un humain");
        clock.advance(Duration.ofMinutes(9));
        assertThat(handoff().remindWaiting()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(handoff().remindWaiting()).isEqualTo(1);
        assertThat(pushed(customer)).singleElement().asString()
                .contains("Délai de réponse habituel : 4 h").contains("vous pouvez aussi écrire à contact@boutique-dupont.fr");
        assertThat(desk.events()).last().asString().startsWith("notice: La demande T-");
        clock.advance(Duration.ofHours(1));
        assertThat(handoff().remindWaiting()).isZero();
    }

    @Test
    void aBusinessWithoutEmailOffersNoAddressWhenNoAgentAnswered() {
        Conversation customer = relais.french().send("/human");
        clock.advance(Duration.ofMinutes(10));
        assertThat(handoff().remindWaiting()).isEqualTo(1);
        assertThat(pushed(customer)).singleElement().asString()
                .endsWith("Votre demande est bien enregistrée et la réponse arrivera ici.").doesNotContain("@");
    }

    private static app.relais.outage.BusinessProfile profileWithEmail(String email) {
        app.relais.outage.BusinessProfile seed = app.relais.outage.BusinessProfiles.load();
        return new app.relais.outage.BusinessProfile("Boutique Dupont", email, null, null, null, null, seed.languages(),
                null, null, seed.channels(), null, null);
    }

    @Test
    void forgetErasesTheTickets() {
        Conversation customer = relais.french().send("/human");
        handoff().close(desk.lastOpened().id(), "Camille");
        customer.send("/forget").tap("Oui, tout effacer");
        assertThat(handoff().tickets().recent(10)).isEmpty();
    }

    @Test
    void aHumanIsOfferedAfterThreeMisunderstandingsInTheSupportAssistant() {
        relais.newConversation(Locale.FRANCE)
                .send("bla")
                .expectReply(containing("Je n’ai pas reconnu le problème"))
                .send("blabla")
                .expectNoReply(containing("Voulez-vous parler"))
                .send("xyz")
                .expectReply(containing("Voulez-vous parler à une personne de l’équipe ?"));
    }
}
