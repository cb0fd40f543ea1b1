package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withLink;

import app.relais.testing.Conversation;
import app.relais.testing.TestRelais;
import org.junit.jupiter.api.Test;

/**
 * Asked for their profile's link, people often give their username ("mon pseudo c’est
 * @jeanne.m75"): where the catalog knows how the platform builds a profile's address, the bot
 * offers the link built from it, to be opened and confirmed before it goes in the letter.
 */
class ProfileLinkFromHandleJourneyTest {

    private final TestRelais relais = new TestRelais();

    private static Conversation atTheProfileLink(Conversation c, String problem) {
        boolean english = c.locale().getLanguage().equals("en");
        return c.send(problem)
                .tap(english ? "Yes, that’s it" : "Oui, c’est ça")
                .tap(english ? "Prepare my request" : "Préparer ma demande")
                .expectReply(containing(english ? "(1/5) Link to your Instagram profile" : "(1/5) Lien de votre profil Instagram"));
    }

    @Test
    void aHandleGivenForTheLinkIsOfferedAsTheProfileLinkAndKeptOnceConfirmed() {
        atTheProfileLink(relais.french(), "mon insta a été piraté cette nuit")
                .send("mon pseudo c'est @jeanne.m75.")
                .expectReply(containing("Je n’ai pas reçu de lien, mais votre nom d’utilisateur : le lien de votre profil"
                        + " devrait donc être https://www.instagram.com/jeanne.m75. Ouvrez-le pour vérifier."
                        + " Est-ce bien votre profil ?"))
                .expectReply(withLink("https://www.instagram.com/jeanne.m75"))
                .expectNoReply(containing("Ce n’est pas un lien que je peux utiliser"))
                .expectNoReply(containing("Noté"))
                .tap("Oui, c’est mon profil")
                .expectReply(containing("Noté : https://www.instagram.com/jeanne.m75"))
                .expectReply(containing("(2/5)"));
    }

    @Test
    void aBuiltLinkThePersonDoesNotRecogniseIsAskedAgainAndTheRealLinkKept() {
        atTheProfileLink(relais.french(), "mon compte instagram a été piraté")
                .send("@jeanne_m75")
                .expectReply(containing("https://www.instagram.com/jeanne_m75. Ouvrez-le pour vérifier."))
                .send("non")
                .expectReply(containing("D’accord. Ouvrez votre profil et copiez son adresse"))
                .expectReply(containing("(1/5) Lien de votre profil Instagram"))
                .send("le voilà instagram.com/jeanne.m75?igsh=abc")
                .expectReply(containing("Noté : https://instagram.com/jeanne.m75\n"))
                .expectNoReply(containing("jeanne_m75"))
                .expectReply(containing("(2/5)"));
    }

    @Test
    void severalHandlesAreNamedAndNothingIsBuilt() {
        atTheProfileLink(relais.french(), "mon compte instagram a été piraté")
                .send("soit @jeanne.m75 soit @jeanne_m75")
                .expectReply(containing("Je vois plusieurs noms d’utilisateur dans votre message (@jeanne.m75, @jeanne_m75)."))
                .expectNoReply(containing("instagram.com/jeanne"))
                .expectReply(containing("(1/5) Lien de votre profil Instagram"));
    }

    @Test
    void anEnglishSpeakerTypingYesKeepsTheBuiltLink() {
        atTheProfileLink(relais.english(), "my instagram account was hacked")
                .send("my username is @jeanne.m75")
                .expectReply(containing("I didn’t get a link, but your username: your profile’s link should then be"
                        + " https://www.instagram.com/jeanne.m75. Open it to check. Is it your profile?"))
                .send("yes")
                .expectReply(containing("Noted: https://www.instagram.com/jeanne.m75"))
                .expectReply(containing("(2/5)"));
    }

    @Test
    void wordsWithoutAHandleAreStillRefusedAsNoLink() {
        atTheProfileLink(relais.french(), "mon compte instagram a été piraté")
                .send("jeanne martin")
                .expectReply(containing("Ce n’est pas un lien que je peux utiliser"))
                .expectNoReply(containing("devrait donc être"));
    }

    /** Walked on Telegram: a TikTok username without its @, in a sentence, was taken for a scam question. */
    @Test
    void aUsernameWithoutItsAtInASentenceGivesTheLinkToo() {
        relais.french().send("mon compte tiktok a été piraté hier soir")
                .tap("Oui, c’est ça")
                .send("c’est une arnaque ?")
                .expectReply(containing("Méfiance : quelqu’un qui vous contacte"))
                .expectNoReply(containing("Meta"))
                .tap("Préparer ma demande")
                .expectReply(containing("(1/5) Lien de votre profil TikTok"))
                .send("c'est jeanne.m75 je crois")
                .expectNoReply(containing("Méfiance"))
                .expectReply(containing("le lien de votre profil devrait donc être https://www.tiktok.com/@jeanne.m75."))
                .tap("Oui, c’est mon profil")
                .expectReply(containing("Noté : https://www.tiktok.com/@jeanne.m75"));
    }
}
