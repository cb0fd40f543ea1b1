package app.relais.bot.telegram;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What people type instead of answering, over Telegram through the fake Bot API. */
class TelegramOffScriptTest {

    private TelegramHarness telegram;

    @BeforeEach
    void start() throws Exception {
        telegram = new TelegramHarness();
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void theLockedOutUserTheScamQuestionAndAPhoneNumberInASentence() throws Exception {
        telegram.chat(5518273641L, "fr")
                .says("mon compte Facebook a été piraté")
                .taps("Oui, c’est ça")
                .says("on me propose de récupérer mon compte contre 200 euros, c’est sérieux ?")
                .expect("Ne payez pas")
                .expect("On commence ?")
                .taps("Préparer ma demande")
                .expect("(1/5) Lien de votre profil Facebook")
                .expectButton("Je ne l’ai pas")
                .says("passer")
                .expect("Passé. Sans le lien du profil")
                .expect("(2/5)")
                .says("merci")
                .expect("Avec plaisir !")
                .expect("(2/5)");
        telegram.chat(6022418890L, "en")
                .says("my whatsapp number got banned")
                .taps("Yes, that’s it")
                .taps("No, not yet")
                .taps("Prepare my request")
                .says("its 0044 7911 123456")
                .expect("Noted: +44 7911 123456")
                .says("Non, I want a human")
                .expect("I am handing you over");
    }

    @Test
    void noToTheGuessOffersTheOtherCandidatesAndHelpListsHuman() throws Exception {
        telegram.chat(5518273642L, "fr")
                .says("/help")
                .expect("/human parler à une personne de l’équipe")
                .says("mon facebook est bloqué")
                .taps("Non, autre chose")
                .expect("D’accord. Est-ce plutôt l’un de ces problèmes ?")
                .taps("Autre chose")
                .expect("Quel problème rencontrez-vous sur Facebook ?");
    }
}
