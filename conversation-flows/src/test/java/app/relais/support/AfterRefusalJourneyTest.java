package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;
import static app.relais.testing.ReplyMatchers.withLink;

import app.relais.testing.TestRelais;
import org.junit.jupiter.api.Test;

/**
 * Suspended and banned accounts, and what happens after "no": the bot asks before sending someone
 * to an appeal, hears it when the first sentence already says the appeal was refused, and then
 * says what a refusal means and what remains instead of the same appeal again.
 */
class AfterRefusalJourneyTest {

    private static final String WHATSAPP_REVIEW_PATH = "Ouvrez WhatsApp avec le numéro banni, puis touchez « Demander un examen »";

    private final TestRelais relais = new TestRelais();

    @Test
    void aSuspendedTikTokAccountIsItsOwnProblemAndTheBotAsksBeforeSendingToTheAppeal() {
        relais.french()
                .send("mon compte tiktok a été suspendu pour rien")
                .expectReply(containing("J’ai compris : Compte TikTok banni ou suspendu. C’est bien cela ?"))
                .tap("Oui, c’est ça")
                .expectReply(containing("Avez-vous déjà fait appel de ce bannissement auprès de TikTok ?"))
                .expectReply(withChoice("Non, pas encore"))
                .expectReply(withChoice("Oui, j’attends la réponse"))
                .expectReply(withChoice("Oui, c’est refusé"))
                .expectNoReply(containing("Faire appel depuis la notification de bannissement"))
                .tap("Non, pas encore")
                .expectReply(containing("Faire appel depuis la notification de bannissement"))
                .expectReply(withLink("https://support.tiktok.com/en/safety-hc/account-and-user-safety/content-violations-and-bans"))
                .expectReply(containing("Je n’ai pu la lire qu’à travers des copies"))
                .expectReply(containing("aucune adresse e-mail de TikTok pour les bannissements"))
                .tap("Préparer ma demande")
                .expectReply(containing("Nom d’utilisateur du compte banni"));
    }

    @Test
    void aReviewAlreadyRefusedInTheFirstSentenceIsNotSentToRequestAReviewAgain() {
        relais.french()
                .send("ma demande de réexamen whatsapp a été refusée")
                .expectReply(containing("Numéro WhatsApp banni"))
                .tap("Oui, c’est ça")
                .expectReply(containing("Vous m’avez écrit que votre demande a déjà été refusée"))
                .expectReply(containing("WhatsApp ne documente aucun second examen après un refus"))
                .expectReply(containing("Ce qui reste possible :"))
                .expectReply(containing("Bannissement temporaire : revenir à l’application officielle"))
                .expectReply(withLink("https://x.com/WhatsApp"))
                .expectReply(containing("support@whatsapp.com"))
                .expectReply(containing("n’est pas documentée officiellement"))
                .expectNoReply(containing(WHATSAPP_REVIEW_PATH))
                .expectNoReply(containing("Avez-vous déjà touché"))
                .tap("Préparer ma demande")
                .expectReply(containing("Numéro banni, avec l’indicatif du pays"));
    }

    @Test
    void aScamQuestionAtTheAppealQuestionIsAnsweredThenTheQuestionAskedAgain() {
        relais.french()
                .send("on m’a piraté mon compte facebook, je peux plus me connecter")
                .tap("Oui, c’est ça")
                .expectReply(containing("Avez-vous déjà contesté cette suspension auprès de Facebook ?"))
                .send("j’ai trouvé sur google un numéro du support facebook, je peux les appeler ?")
                .expectReply(containing("Je vous déconseille fermement d’appeler ce numéro"))
                .expectNoReply(containing("Je n’ai pas compris"))
                .expectReply(containing("Avez-vous déjà contesté cette suspension auprès de Facebook ?"))
                .send("oui mais c’est refusé")
                .expectNoReply(containing("Je n’ai pas compris"));
    }

    @Test
    void aReviewStillPendingIsToldThatAskingAgainDoesNotSpeedItUp() {
        relais.french()
                .send("mon numéro whatsapp est banni")
                .tap("Oui, c’est ça")
                .expectReply(containing("Avez-vous déjà touché « Demander un examen » pour ce numéro ?"))
                .tap("Oui, j’attends la réponse")
                .expectReply(containing("envoyer une nouvelle demande n’accélère pas l’examen"))
                .expectReply(containing("support@whatsapp.com"))
                .expectNoReply(containing(WHATSAPP_REVIEW_PATH))
                .expectReply(withChoice("Préparer ma demande"));
    }

    @Test
    void theQuestionIsAnsweredInWordsAsPeopleTypeThem() {
        relais.french()
                .send("mon numéro whatsapp est banni")
                .tap("Oui, c’est ça")
                .send("oui g demandé mais ils ont refusé")
                .expectReply(containing("WhatsApp ne documente aucun second examen"));
        relais.french()
                .send("mon numéro whatsapp est banni")
                .tap("Oui, c’est ça")
                .send("oui")
                .expectReply(containing("Avez-vous déjà reçu la réponse ?"))
                .send("non toujours rien")
                .expectReply(containing("n’accélère pas l’examen"));
        relais.french()
                .send("mon numéro whatsapp est banni")
                .tap("Oui, c’est ça")
                .send("pas encore")
                .expectReply(containing(WHATSAPP_REVIEW_PATH));
        relais.french()
                .send("mon numéro whatsapp est banni")
                .tap("Oui, c’est ça")
                .send("jsp trop")
                .expectReply(containing("Dans le doute, je vous donne le parcours complet"))
                .expectReply(containing(WHATSAPP_REVIEW_PATH));
    }

    @Test
    void anAnswerThatIsNoneOfThemIsSaidNotUnderstoodAndTheQuestionComesBack() {
        relais.french()
                .send("mon numéro whatsapp est banni")
                .tap("Oui, c’est ça")
                .send("banane")
                .expectReply(containing("Je n’ai pas compris votre réponse"))
                .expectReply(containing("Avez-vous déjà touché « Demander un examen » pour ce numéro ?"))
                .tap("Non, pas encore")
                .expectReply(containing(WHATSAPP_REVIEW_PATH));
    }

    @Test
    void aRefusalMentionedAfterTheAdviceReplacesIt() {
        relais.french()
                .send("tiktok m’a banni")
                .tap("Oui, c’est ça")
                .tap("Non, pas encore")
                .expectReply(containing("Faire appel depuis la notification de bannissement"))
                .send("ah si en fait mon appel a déjà été refusé")
                .expectReply(containing("TikTok ne documente pas de second appel"))
                .expectReply(withLink("https://appealscentre.eu"))
                .expectReply(withLink("https://www.user-rights.org"))
                .expectReply(withLink("https://digital-strategy.ec.europa.eu/en/policies/dsa-out-court-dispute-settlement"));
    }

    @Test
    void goingBackFromTheDossierDoesNotAskAgain() {
        relais.french()
                .send("tiktok m’a banni")
                .tap("Oui, c’est ça")
                .tap("Oui, c’est refusé")
                .tap("Préparer ma demande")
                .expectReply(containing("Nom d’utilisateur du compte banni"))
                .send("/back")
                .expectReply(containing("TikTok ne documente pas de second appel"))
                .expectNoReply(containing("Avez-vous déjà fait appel"));
    }

    @Test
    void anInstagramAppealRejectedInEnglishGetsWhatRemainsOutsideInstagram() {
        relais.english()
                .send("instagram disabled my account and my appeal was rejected")
                .expectReply(containing("Disabled or suspended Instagram account"))
                .tap("Yes, that’s it")
                .expectReply(containing("You told me your request was already refused"))
                .expectReply(containing("Instagram documents no second appeal"))
                .expectReply(containing("Meta Verified support (subscribers)"))
                .expectReply(containing("I could not check the exact menu path"))
                .expectReply(withLink("https://appealscentre.eu"))
                .expectNoReply(containing("Disagree with the decision when you log in"));
    }

    @Test
    void aTerminatedYouTubeChannelRefusedOnAppealIsToldAboutANewChannelAYearLater() {
        relais.french()
                .send("ma chaîne youtube a été résiliée")
                .expectReply(containing("Chaîne YouTube résiliée ou suspendue"))
                .tap("Oui, c’est ça")
                .expectReply(containing("Avez-vous déjà fait appel de cette résiliation auprès de YouTube ?"))
                .tap("Oui, c’est refusé")
                .expectReply(containing("YouTube ne documente pas de second appel"))
                .expectReply(containing("Demander une nouvelle chaîne (programme pilote)"))
                .expectReply(containing("Je ne l’ai lu que dans la presse spécialisée"))
                .expectNoReply(withLink("https://www.user-rights.org"));
    }

    @Test
    void aRemovedPostWhoseReviewFailedIsPointedToTheOversightBoard() {
        relais.french()
                .send("facebook a supprimé ma publication, j’ai demandé un réexamen et c’est rejeté")
                .expectReply(containing("Publication supprimée à tort"))
                .tap("Oui, c’est ça")
                .expectReply(containing("Conseil de surveillance de Meta (Oversight Board)"))
                .expectReply(withLink("https://transparency.meta.com/en-us/oversight/appealing-to-oversight-board"))
                .expectReply(containing("appeals@fb.com"));
    }

    @Test
    void illegalContentLeftUpAfterAReviewPointsToPharos() {
        relais.french()
                .send("j’ai signalé ce contenu plein de fois et rien ne se passe")
                .tap("Oui, c’est ça")
                .tap("Oui, c’est refusé")
                .expectReply(containing("PHAROS, le portail officiel de signalement (France)"))
                .expectReply(withLink("https://www.internet-signalement.gouv.fr"))
                .expectReply(containing("appelez le 17"));
    }
}
