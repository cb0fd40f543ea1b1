package app.relais.outage;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.LocalizedText;
import app.relais.conversation.Reply;
import app.relais.core.RelaisCore;
import app.relais.testing.Conversation;
import app.relais.testing.MutableClock;
import app.relais.testing.RecordingAgentDesk;
import app.relais.testing.TestRelais;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two kinds of visitor, one first question: whether or not an incident is open, a visitor's first
 * words reach the business (its FAQ, then a person) or the support assistant, and nobody is
 * locked into either.
 */
class FirstWordsJourneyTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T08:00:00Z");
    private final RecordingAgentDesk desk = new RecordingAgentDesk();
    private final TestRelais relais = new TestRelais(clock,
            RelaisCore.builder().zone(ZoneId.of("Europe/Paris")).agentDesk(desk).business(Profiles.dupont()));

    private void messengerIsDown() {
        relais.core().outage().declare("messenger", ServiceStatus.OUTAGE,
                new LocalizedText("Messenger ne nous transmet plus vos messages.", "Messenger no longer delivers your messages."),
                null);
    }

    @Test
    void duringAnIncidentSomeoneWhoseInstagramWasHackedReachesTheSupportAssistant() {
        messengerIsDown();
        relais.french().command("start", "")
                .expectReply(containing("Bonjour, vous êtes bien chez Boutique Dupont"))
                .send("mon compte insta a été piraté cette nuit, je n’ai plus accès")
                .expectReply(containing("Compte Instagram piraté"))
                .expectNoReply(containing("FAQ"))
                .tap("Oui, c’est ça")
                .expectReply(containing("instagram.com/hacked"));
        relais.english().send("someone hacked my facebook account and changed the password")
                .expectReply(containing("Hacked Facebook account"));
    }

    @Test
    void beforeAnIncidentABusinessQuestionReachesTheFaqNotThePlatformQuestion() {
        relais.french().command("start", "")
                .send("quand est-ce que vous livrez ?")
                .expectReply(containing("Où en est ma commande ?"))
                .expectReply(containing("e-mail de confirmation d’expédition"))
                .expectNoReply(containing("Sur quelle plateforme"));
        relais.english().send("what are your opening hours?")
                .expectReply(containing("Our team answers: Monday to Friday, 9 am to 6 pm."));
    }

    @Test
    void askingForAPersonReachesAPersonNotFacebookButtons() {
        Conversation customer = relais.french().command("start", "")
                .send("je veux parler à un conseiller")
                .expectReply(containing("je passe la main à une personne de l’équipe"));
        assertThat(customer.lastReplies()).flatMap(Reply::choices).noneMatch(c -> c.label().equals("Facebook"));
        assertThat(desk.lastOpened().question()).isEqualTo("je veux parler à un conseiller");
    }

    @Test
    void askingForAPersonAfterAnFaqAnswerReachesAPersonToo() {
        relais.french().command("start", "")
                .send("bonjour, quand est ce que vous livrez ?")
                .expectReply(containing("e-mail de confirmation d’expédition"))
                .send("et si je veux rendre un truc ?")
                .expectReply(containing("Comment retourner un article"))
                .expectNoReply(containing("je passe la main"))
                .send("je veux parler a un conseiller")
                .expectReply(containing("je passe la main à une personne de l’équipe"))
                .expectNoReply(containing("réponse toute prête"));
    }

    @Test
    void whenUnsureOneQuestionWithTwoButtonsDecides() {
        relais.french().command("start", "")
                .send("j’ai un problème")
                .expectReply(containing("Pour bien vous orienter : est-ce une question pour Boutique Dupont, ou un problème avec votre propre compte"))
                .expectReply(withChoice("Une question pour Boutique Dupont"))
                .tap("Un problème avec mon compte")
                .expectReply(withChoice("Facebook"))
                .expectNoReply(containing("réponse toute prête"));
        relais.french().command("start", "")
                .send("j’ai un problème")
                .tap("Une question pour Boutique Dupont")
                .expectReply(containing("Je n’ai pas de réponse toute prête à cette question"))
                .expectReply(withChoice("Envoyer ma question à l’équipe"));
    }

    /**
     * "c gratuit ?" as first words is unsure (a question for the business, or about the assistant?);
     * once the visitor taps their own account, the words reach the support assistant as if typed
     * there, so the question is answered instead of being read as a problem it cannot recognise.
     */
    @Test
    void aQuestionAsFirstWordsIsAnsweredOnceRoutedNotMisreadAsAProblem() {
        relais.french().command("start", "")
                .send("c gratuit ?")
                .expectReply(containing("Pour bien vous orienter"))
                .tap("Un problème avec mon compte")
                .expectReply(containing("Rien n’est payant ici"))
                .expectReply(containing("Décrivez votre problème en une phrase"))
                .expectNoReply(containing("Je n’ai pas reconnu le problème"));
    }

    @Test
    void aGreetingThenATapGetsTheFlowsOwnFirstQuestionNotAMisunderstanding() {
        relais.english().send("hi")
                .tap("A problem with my account")
                .expectReply(containing("Describe your problem in one sentence"))
                .expectNoReply(containing("did not recognise"));
        relais.french().send("bonjour")
                .tap("Une question pour Boutique Dupont")
                .expectReply(withChoice("Questions fréquentes"))
                .expectNoReply(containing("réponse toute prête"));
        relais.french().command("start", "").send("bjr")
                .tap("Un problème avec mon compte")
                .expectReply(containing("Décrivez votre problème en une phrase"))
                .expectNoReply(containing("pas reconnu"));
        relais.french().command("start", "").send("Bonsoir madame, svp")
                .tap("Un problème avec mon compte")
                .expectReply(containing("Décrivez votre problème en une phrase"))
                .expectNoReply(containing("pas reconnu"));
        relais.french().command("start", "").send("bjr vs livrez qd ??")
                .expectReply(containing("e-mail de confirmation d’expédition"));
    }

    @Test
    void anAnswerThatStillCannotBePlacedGoesToTheBusinessWhereAPersonCanSortItOut() {
        relais.french().send("bonjour")
                .expectReply(withChoice("Un problème avec mon compte"))
                .send("je sais pas trop")
                .expectReply(containing("Je n’ai pas de réponse toute prête"))
                .expectReply(withChoice("Parler à une personne"));
    }

    @Test
    void onceRoutedTheNextSentencesAreTheFlowsOwn() {
        messengerIsDown();
        relais.french().command("start", "")
                .send("est-ce que vous êtes ouverts samedi ?")
                .expectReply(containing("Quels sont vos horaires ?"))
                .send("mon compte facebook est piraté")
                .expectReply(containing("Je n’ai pas de réponse toute prête"))
                .expectReply(withChoice("Préparer une demande au support de la plateforme"));
    }

    /**
     * A visitor shown no business (the profile of a first start: no name, no contact; no incident)
     * met Relais as the support assistant, and its welcome says so: they are never asked whether
     * their words are "a question for our team"; a sure question for the business still reaches
     * its FAQ while it has one, and a request for a person still reaches one.
     */
    @Test
    void aVisitorShownNoBusinessIsNotAskedWhichSide() {
        TestRelais unnamed = new TestRelais(clock, RelaisCore.builder().zone(ZoneId.of("Europe/Paris")).agentDesk(desk));
        unnamed.french().send("slt")
                .expectNoReply(containing("Pour bien vous orienter"))
                .expectNoReply(containing("Je n’ai pas reconnu"))
                .expectReply(containing("Décrivez votre problème en une phrase"));
        unnamed.french().send("zzzz qqqq")
                .expectNoReply(containing("Pour bien vous orienter"))
                .expectReply(containing("Je n’ai pas reconnu le problème"));
        unnamed.french().send("où en est ma commande ?")
                .expectReply(containing("e-mail de confirmation d’expédition"));
    }

    /** An instance run only as the support assistant (no profile, the FAQ emptied): everything goes to the assistant. */
    @Test
    void anInstanceWithoutABusinessSideSendsEveryoneToTheAssistantWithoutAskingWhichSide() {
        TestRelais assistant = new TestRelais(clock, RelaisCore.builder().zone(ZoneId.of("Europe/Paris")).agentDesk(desk)
                .faq(new Faq(List.of())));
        assistant.french().send("slt")
                .expectNoReply(containing("Pour bien vous orienter"))
                .expectReply(containing("Décrivez votre problème en une phrase"))
                .send("mon insta a été piraté")
                .expectReply(containing("Compte Instagram piraté"));
        assistant.french().send("c gratuit ?")
                .expectNoReply(containing("Pour bien vous orienter"))
                .expectReply(containing("Rien n’est payant ici"))
                .expectReply(containing("Décrivez votre problème en une phrase"));
        assistant.english().send("do you deliver to Belgium?")
                .expectNoReply(containing("our team"))
                .expectNoReply(withChoice("Frequently asked questions"))
                .expectReply(containing("Which platform is the problem on?"));
        assistant.french().send("je veux parler à un humain")
                .expectNoReply(containing("Pour bien vous orienter"))
                .expectReply(containing("je passe la main à une personne de l’équipe"));
        assertThat(desk.opened()).hasSize(1);
    }
}
