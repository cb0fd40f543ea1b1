package app.relais.offscript;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;
import static app.relais.testing.ReplyMatchers.withLink;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.LocalizedText;
import app.relais.core.RelaisCore;
import app.relais.outage.ServiceStatus;
import app.relais.store.ConversationSnapshot;
import app.relais.testing.Conversation;
import app.relais.testing.MutableClock;
import app.relais.testing.RecordingAgentDesk;
import app.relais.testing.TestRelais;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What people say instead of answering, at any step of any flow: answered where it is said, the
 * pending question asked again, nothing collected changed; a human asked for in any words; real
 * answers never taken for it; and silence while an agent owns the conversation.
 */
class OffScriptJourneyTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T20:00:00Z");
    private final RecordingAgentDesk desk = new RecordingAgentDesk();
    private final TestRelais relais = new TestRelais(clock, RelaisCore.builder().agentDesk(desk));

    private static Conversation atTheAdvice(Conversation c) {
        return atTheAdvice(c, "mon compte Facebook a été piraté");
    }

    private static Conversation atTheAdvice(Conversation c, String problem) {
        boolean english = c.locale().getLanguage().equals("en");
        return c.send(problem)
                .tap(english ? "Yes, that’s it" : "Oui, c’est ça")
                .expectReply(containing(english ? "Shall we start?" : "On commence ?"));
    }

    /** A visitor of the business during a Messenger outage, at its FAQ. */
    private Conversation atTheOutageFaq() {
        relais.core().outage().declare("messenger", ServiceStatus.OUTAGE,
                new LocalizedText("Messenger ne nous transmet plus vos messages.", "Messenger no longer delivers your messages."),
                null);
        clock.advance(Duration.ofMinutes(5));
        return relais.french().command("start", "outage").tap("Questions fréquentes");
    }

    private static Conversation atTheSecondItem(Conversation c) {
        return atTheAdvice(c)
                .tap("Préparer ma demande")
                .send("https://www.facebook.com/jeanne.martin")
                .expectReply(containing("(2/5) Adresse email de votre compte"));
    }

    @Test
    void aNumberFoundOnGoogleGetsAFirmWarningAndTheOfficialPathThenTheQuestionAgain() {
        atTheAdvice(relais.french())
                .send("j’ai trouvé sur google un numéro du support facebook, je peux les appeler ?")
                .expectReply(containing("Je vous déconseille fermement d’appeler ce numéro"))
                .expectReply(containing("encaissent des frais à répétition et ne rendent rien"))
                .expectReply(containing("Pour votre problème, le canal officiel est « Page officielle de récupération : facebook.com/hacked »"))
                .expectReply(withLink("https://www.facebook.com/hacked"))
                .expectReply(containing("On commence ?"))
                .expectReply(withChoice("Préparer ma demande"));
    }

    @Test
    void scamQuestionsAreAnsweredFirmlyAndSpecifically() {
        Conversation c = atTheSecondItem(relais.french())
                .send("quelqu’un me demande le code reçu par sms, je lui donne ?")
                .expectReply(containing("Ne donnez ce code à personne"))
                .expectReply(containing("WhatsApp demande de ne jamais partager son code reçu par SMS"))
                .expectReply(containing("(2/5) Adresse email de votre compte"))
                .send("un hacker me propose de récupérer mon compte pour 200 euros")
                .expectReply(containing("Ne payez pas"))
                .expectReply(containing("ne payez jamais quelqu’un pour récupérer un compte"))
                .expectReply(containing("(2/5)"))
                .send("c’est une arnaque ?")
                .expectReply(containing("Meta rappelle que ses équipes ne demandent jamais votre mot de passe"))
                .expectReply(containing("(2/5)"));
        c.send("/dossier")
                .expectReply(containing("(1 sur 5 éléments)"))
                .expectReply(containing("Adresse email de votre compte : à fournir"));
    }

    @Test
    void isThisAddressOfficialIsAnsweredFromTheCatalogAndTheDomainsMetaSendsFrom() {
        atTheSecondItem(relais.french())
                .send("est-ce que security@facebookmail.com est une adresse officielle ?")
                .expectReply(containing("Le domaine de security@facebookmail.com fait partie de ceux d’où Meta dit envoyer ses vrais emails"))
                .expectReply(containing("(2/5) Adresse email de votre compte"))
                .send("cette adresse est officielle : support-meta@gmail.com ?")
                .expectReply(containing("support-meta@gmail.com n’est pas sur un domaine de Meta : ce n’est pas Meta qui vous écrit"))
                .send("abuse@facebook.com c’est officiel ?")
                .expectReply(containing("abuse@facebook.com figure dans mes sources. Attention : cette adresse n’est pas documentée officiellement"))
                .send("/dossier")
                .expectReply(containing("Adresse email de votre compte : à fournir"));
    }

    @Test
    void theLiveChatTheLinkAndTheDelayAreThoseOfTheProblemUnderWay() {
        atTheSecondItem(relais.french())
                .send("c’est quoi le lien du chat en direct ?")
                .expectReply(containing("Facebook en teste un pour certaines personnes dont le compte est bloqué"))
                .expectReply(withLink("https://www.facebook.com/hacked"))
                .expectReply(containing("(2/5)"))
                .send("combien de temps ça va prendre ?")
                .expectReply(containing("Pour « Compte Facebook piraté », comptez en général 3 à 7 jours, sans garantie"))
                .expectReply(containing("(2/5)"));
    }

    @Test
    void aHumanAskedForInSmsSpellingOpensTheHandOffToo() {
        atTheSecondItem(relais.french())
                .send("slt jveu parler a qqn")
                .expectReply(containing("je passe la main à une personne de l’équipe"));
        assertThat(desk.opened()).hasSize(1);
    }

    @Test
    void aHumanAskedForInOtherWordsOpensTheHandOffAsSlashHumanDoes() {
        Conversation c = atTheSecondItem(relais.french())
                .send("je veux parler à un conseiller")
                .expectReply(containing("je passe la main à une personne de l’équipe"));
        assertThat(desk.opened()).singleElement().satisfies(t -> {
            assertThat(t.conversation()).isEqualTo(c.key());
            assertThat(t.summary()).contains("Lien de votre profil Facebook : https://www.facebook.com/jeanne.martin");
        });
        relais.core().handoff().take(desk.lastOpened().id(), "Camille");
        c.send("c’est une arnaque ?");
        assertThat(c.lastReplies()).isEmpty();
        c.send("merci");
        assertThat(c.lastReplies()).isEmpty();
        assertThat(desk.events()).contains("customer " + desk.lastOpened().id() + ": c’est une arnaque ?");
    }

    @Test
    void helpListsHuman() {
        relais.french().send("/help").expectReply(containing("/human parler à une personne de l’équipe"));
        relais.english().send("/help").expectReply(containing("/human talk to someone from the team"));
    }

    @Test
    void thanksByeAndStartOverAreAnsweredAndTheQuestionComesBack() {
        atTheSecondItem(relais.french())
                .send("merci bcp")
                .expectReply(containing("Avec plaisir !"))
                .expectReply(containing("(2/5)"))
                .send("je reviendrai plus tard")
                .expectReply(containing("Au revoir !"))
                .expectReply(containing("(2/5)"))
                .send("je veux tout recommencer")
                .expectReply(containing("touchez « Recommencer »"))
                .expectReply(withChoice("Recommencer"))
                .expectReply(containing("(2/5)"))
                .tap("Recommencer")
                .expectReply(containing("Décrivez votre problème"));
    }

    @Test
    void storiesThatContainTheWordsAreAnswersNotIntents() {
        Conversation c = atTheSecondItem(relais.french())
                .send("jeanne.martin@example.fr")
                .send("12/11/2026 21:30")
                .tap("Oui, c’est juste")
                .send("je sais pas qui a fait ça mais il a changé le mot de passe et l’email")
                .expectReply(containing("Noté : je sais pas qui a fait ça mais il a changé le mot de passe et l’email"))
                .expectReply(containing("(5/5)"))
                .tap("Passer")
                .tap("Titulaire du compte")
                .send("je sais pas qui c’est, il publie des arnaques sur mon profil depuis hier soir")
                .expectReply(containing("conséquences"))
                .send("je perds des clients tous les jours")
                .expectReply(containing("Qu’attendez-vous de la plateforme ?"))
                .send("merci de me rendre l’accès à mon compte")
                .expectReply(containing("comment signer votre demande"))
                .send("je sais pas");
        c.expectReply(containing("Objet : URGENT – Compte Facebook piraté"))
                .expectReply(containing("merci de me rendre l’accès à mon compte"));
        ConversationSnapshot stored = relais.core().conversations().load(c.key()).orElseThrow();
        assertThat(stored.data().answer("facts")).startsWith("je sais pas qui c’est");
    }

    @Test
    void theRoleCanBeSkippedButTheFactsCannot() {
        Conversation c = atTheSecondItem(relais.french())
                .send("jeanne.martin@example.fr")
                .send("12/11/2026 21:30")
                .tap("Oui, c’est juste")
                .send("le mot de passe et l’email")
                .tap("Passer")
                .expectReply(containing("Qui êtes-vous dans cette affaire ?"))
                .send("je préfère passer")
                .expectReply(containing("D’accord : la demande ne dira pas qui vous êtes dans cette affaire."))
                .expectReply(containing("Racontez ce qui s’est passé"))
                .send("on passe")
                .expectReply(containing("Pas besoin d’être précis"))
                .expectReply(containing("Racontez ce qui s’est passé"))
                .send("hier soir quelqu’un a changé mon mot de passe et publie des arnaques")
                .expectReply(containing("conséquences"))
                .send("je perds des clients")
                .send("merci de me rendre l’accès à mon compte")
                .send("Jeanne Martin")
                .tap("Sans contact");
        c.expectReply(containing("Objet : URGENT – Compte Facebook piraté"))
                .expectNoReply(containing("Je suis titulaire du compte"))
                .expectNoReply(containing("Pour me présenter"));
    }

    @Test
    void theSameInEnglish() {
        relais.english()
                .send("my facebook account was hacked")
                .tap("Yes, that’s it")
                .send("is this a scam?")
                .expectReply(containing("Meta says its staff never ask for your password"))
                .expectReply(containing("Shall we start?"))
                .send("i want to talk to someone")
                .expectReply(containing("I am handing you over"));
        assertThat(desk.opened()).hasSize(1);
    }

    @Test
    void theOutageFlowAnswersInItsOwnTermsAndFaqQuestionsStillGoToTheFaq() {
        atTheOutageFaq()
                .send("ça va prendre combien de temps ?")
                .expectReply(containing("Je ne peux pas promettre d’heure de retour"))
                .send("c’est quoi le lien du chat ?")
                .expectReply(containing("Le chat, c’est ici"))
                .send("où en est ma commande ?")
                .expectReply(containing("Le suivi de votre commande"));
    }

    @Test
    void isItFreeAndWhoAreYouGetHonestAnswersThenTheQuestionAgain() {
        Conversation c = atTheAdvice(relais.french())
                .send("mais c’est gratuit votre truc ?")
                .expectReply(containing("Rien n’est payant ici"))
                .expectReply(containing("Pour Facebook, la seule offre payante officielle que je connaisse est Meta Verified"))
                .expectReply(containing("On commence ?"))
                .send("et vous êtes qui au juste ?")
                .expectReply(containing("Je suis Relais, un assistant automatique : ni une personne, ni la plateforme."))
                .expectReply(containing("je n’ai aucun accès à votre compte"))
                .expectReply(containing("On commence ?"));
        c.tap("Préparer ma demande")
                .send("https://www.facebook.com/jeanne.martin")
                .send("t’es un robot ?")
                .expectReply(containing("Je suis Relais, un assistant automatique"))
                .expectReply(containing("(2/5) Adresse email de votre compte"));
        relais.english().send("my instagram account was hacked")
                .tap("Yes, that’s it")
                .send("how much does this cost ?")
                .expectReply(containing("Nothing here costs anything"))
                .send("am i talking to a real person ?")
                .expectReply(containing("I am Relais, an automated assistant: neither a person nor the platform."));
    }

    @Test
    void aTikTokConversationAskingWhetherItIsPaidHearsItIsFreeAndNothingOfMeta() {
        atTheAdvice(relais.french(), "mon compte tiktok a été piraté")
                .send("c’est payant ?")
                .expectReply(containing("Rien n’est payant ici : je ne vous demande rien pour vous aider."))
                .expectReply(containing("Les parcours officiels que je vous indique (formulaires, signalements, emails) sont gratuits eux aussi."))
                .expectReply(containing("Si quelqu’un vous réclame de l’argent pour traiter votre demande ou récupérer votre compte,"
                        + " c’est une arnaque : ne payez pas."))
                .expectNoReply(containing("Meta"))
                .expectNoReply(containing("offre payante"))
                .expectReply(containing("On commence ?"));
        atTheAdvice(relais.english(), "my tiktok account was hacked")
                .send("is it free?")
                .expectReply(containing("Anyone who asks you for money to handle your request or recover your account is a scammer: do not pay."))
                .expectNoReply(containing("Meta"))
                .expectReply(containing("Shall we start?"));
    }

    @Test
    void aFacebookOrInstagramConversationAskingWhetherItIsPaidHearsOfMetaVerifiedForItsPlatform() {
        atTheAdvice(relais.french())
                .send("c’est payant ?")
                .expectReply(containing("c’est une arnaque : ne payez pas.\n\nPour Facebook, la seule offre payante officielle que je"
                        + " connaisse est Meta Verified, un abonnement facultatif de Meta qui donne accès à une personne réelle pour"
                        + " les problèmes courants liés au compte."))
                .expectNoReply(containing("Pour Facebook et Instagram"))
                .expectReply(containing("On commence ?"));
        atTheAdvice(relais.english(), "my instagram account was hacked")
                .send("do i have to pay ?")
                .expectReply(containing("Nothing here costs anything"))
                .expectReply(containing("For Instagram, the only official paid support I know of is Meta Verified, an optional Meta"
                        + " subscription that gives access to a real person for common account issues."))
                .expectNoReply(containing("For Facebook and Instagram"))
                .expectReply(containing("Shall we start?"));
    }

    @Test
    void askingWhetherItIsPaidBeforeAnyProblemNamesMetaVerifiedForFacebookAndInstagram() {
        relais.french()
                .send("bonjour")
                .expectReply(containing("Décrivez votre problème"))
                .send("c’est payant ?")
                .expectReply(containing("Rien n’est payant ici"))
                .expectReply(containing("Pour Facebook et Instagram, la seule offre payante officielle que je connaisse est Meta Verified,"
                        + " un abonnement facultatif de Meta qui donne accès à une personne réelle pour les problèmes courants liés au compte."
                        + " Pour les autres plateformes, je n’en connais aucune."))
                .expectReply(containing("Décrivez votre problème"))
                .send("mon compte tiktok a été piraté")
                .expectReply(containing("Compte TikTok piraté"));
        relais.english()
                .send("hi")
                .send("is it free?")
                .expectReply(containing("For Facebook and Instagram, the only official paid support I know of is Meta Verified, an optional"
                        + " Meta subscription that gives access to a real person for common account issues."
                        + " For the other platforms, I know of none."));
    }

    @Test
    void aBusinessVisitorAskingWhatSomethingCostsIsAskingTheBusinessNotUs() {
        atTheOutageFaq()
                .send("c’est payant ?")
                .expectNoReply(containing("Rien n’est payant ici"))
                .expectReply(withChoice("Écrire à l’équipe"))
                .send("vous êtes qui ?")
                .expectReply(containing("Je suis l’assistant automatique de cette page"));
    }

    @Test
    void theCrisisKitToo() {
        relais.french().command("start", "crisis")
                .send("merci")
                .expectReply(containing("Avec plaisir !"))
                .expectReply(withChoice("C’est confirmé : panne générale"));
    }
}
