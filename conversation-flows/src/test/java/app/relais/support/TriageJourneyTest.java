package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;
import static app.relais.testing.ReplyMatchers.withLink;
import static app.relais.testing.ReplyMatchers.withoutChoice;

import app.relais.testing.TestRelais;
import org.junit.jupiter.api.Test;

/** How the TRIAGE stage talks when the sentence is clear, half clear, or unclear. */
class TriageJourneyTest {

    private final TestRelais relais = new TestRelais();

    @Test
    void whenOnlyThePlatformIsMissingItAsksForItAndKeepsTheProblem() {
        relais.french()
                .send("mon compte a été piraté")
                .expectReply(containing("J’ai compris : un compte piraté. Sur quelle plateforme ?"))
                .expectReply(withChoice("Instagram"))
                .tap("Instagram")
                .expectReply(containing("Compte Instagram piraté"))
                .tap("Oui, c’est ça")
                .expectReply(withLink("https://www.instagram.com/hacked"))
                .expectReply(containing("aucune adresse email"));
    }

    @Test
    void aGuessTheUserTurnsDownIsNotOfferedAgainRightAfter() {
        relais.french()
                .send("on m'a volé mon compte whatsapp")
                .expectReply(containing("J’ai compris : Code de vérification WhatsApp non reçu ou compte volé"))
                .tap("Non, autre chose")
                .expectReply(withChoice("Autre chose").and(withoutChoice("Code de vérification WhatsApp non reçu ou compte volé")));
    }

    @Test
    void theSameInEnglish() {
        relais.english()
                .send("my account got hacked")
                .expectReply(containing("On which platform?"))
                .tap("TikTok")
                .expectReply(containing("Hacked TikTok account"));
    }

    @Test
    void aDoubtfulSentenceOffersTheThreeLikeliestAndSomethingElseWhichIsNeverADeadEnd() {
        relais.french()
                .send("problème avec mon événement facebook")
                .expectReply(containing("Est-ce l’un de ces problèmes ?"))
                .expectReply(withChoice("Autre chose"))
                .tap("Autre chose")
                .expectReply(containing("Quel problème rencontrez-vous sur Facebook ?"))
                .tap("Autre chose")
                .expectReply(containing("canaux officiels"))
                .expectReply(withLink("https://www.facebook.com/help"))
                .expectReply(containing("Décrivez votre problème"));
    }

    @Test
    void aPlatformAloneShowsItsProblems() {
        relais.french()
                .send("whatsapp")
                .expectReply(containing("Quel problème rencontrez-vous sur WhatsApp ?"))
                .expectReply(withChoice("Numéro WhatsApp banni"))
                .tap("Numéro WhatsApp banni")
                .expectReply(containing("Demander un examen"));
    }

    @Test
    void theMessengerOutageIsHandledWithoutInventingAnAddress() {
        relais.french()
                .send("messenger est en panne chez tout le monde")
                .expectReply(containing("Panne de Messenger"))
                .tap("Oui, c’est ça")
                .expectReply(withLink("https://www.messenger.com/help"))
                .expectReply(containing("produits professionnels"))
                .expectReply(containing("aucune adresse email pour signaler une panne"));
    }

    @Test
    void gibberishIsSaidNotUnderstoodAndThePlatformsAreOffered() {
        relais.french()
                .send("zzzz qqqq")
                .expectNoReply(containing("une question pour notre équipe"))
                .expectReply(containing("Je n’ai pas reconnu le problème"))
                .expectReply(withChoice("Facebook"));
    }
}
