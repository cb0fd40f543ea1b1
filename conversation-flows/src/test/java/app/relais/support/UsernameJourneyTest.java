package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;

import app.relais.testing.Conversation;
import app.relais.testing.TestRelais;
import org.junit.jupiter.api.Test;

/**
 * People give their username inside a sentence ("c'est @jeanne.m75 je crois") or paste their
 * profile's link: the dossier keeps the handle alone, and so does the letter, in its list and its
 * subject.
 */
class UsernameJourneyTest {

    private final TestRelais relais = new TestRelais();

    private static Conversation atTheUsername(Conversation c) {
        return c.send("je n’arrive plus à me connecter à tiktok")
                .expectReply(containing("Impossible de se connecter à TikTok"))
                .tap("Oui, c’est ça")
                .tap("Préparer ma demande")
                .expectReply(containing("(1/5) Nom d’utilisateur du compte"));
    }

    @Test
    void aHandleTypedInASentenceIsNotedAloneAndTheLetterSaysItAlone() {
        atTheUsername(relais.french())
                .send("c'est @jeanne.m75 je crois")
                .expectReply(containing("Noté : @jeanne.m75"))
                .expectNoReply(containing("je crois"))
                .expectReply(containing("(2/5) Adresse email du compte"))
                .send("jeanne.martin@example.fr")
                .expectReply(containing("(3/5)"))
                .send("12/11/2026 21:30")
                .tap("Oui, c’est juste")
                .expectReply(containing("(4/5)"))
                .send("Le code de connexion n’arrive jamais")
                .expectReply(containing("(5/5) Captures d’écran"))
                .tap("Passer")
                .expectReply(containing("Qui êtes-vous"))
                .tap("Titulaire du compte")
                .expectReply(containing("Racontez ce qui s’est passé"))
                .send("Depuis le 12 novembre, TikTok me demande un code qui n’arrive jamais.")
                .expectReply(containing("conséquences"))
                .send("Je ne peux plus publier pour ma boutique.")
                .tap("Me rendre l’accès à mon compte")
                .expectReply(containing("comment signer votre demande"))
                .send("Jeanne Martin, 06 12 34 56 78")
                .expectReply(containing("Objet : Impossible de me connecter à mon compte TikTok – @jeanne.m75\n"))
                .expectReply(containing("– Nom d’utilisateur de mon compte : @jeanne.m75\n"))
                .expectNoReply(containing("je crois"));
    }

    @Test
    void severalHandlesAreAskedWhichOneThenTheProfileLinkGivesIt() {
        atTheUsername(relais.french())
                .send("@jeanne.m75 ou @jeanne_m75, je ne sais plus")
                .expectReply(containing("Je vois plusieurs noms d’utilisateur dans votre message (@jeanne.m75, @jeanne_m75)."
                        + " Lequel est celui du compte ? Envoyez-le seul."))
                .expectReply(containing("(1/5) Nom d’utilisateur du compte"))
                .expectNoReply(containing("Noté"))
                .send("le lien de mon profil : https://www.tiktok.com/@jeanne.m75?lang=fr")
                .expectReply(containing("Noté : @jeanne.m75"))
                .expectReply(containing("(2/5)"));
    }

    @Test
    void anEnglishSpeakerIsAskedInEnglishAndADisplayNameIsKeptAsTyped() {
        relais.english()
                .send("I can’t log in to tiktok")
                .tap("Yes, that’s it")
                .tap("Prepare my request")
                .expectReply(containing("(1/5) The account’s username"))
                .send("either @jeanne.m75 or @old_jeanne")
                .expectReply(containing("I see several usernames in your message (@jeanne.m75, @old_jeanne)."
                        + " Which one is the account’s? Send just that one."))
                .send("Boutique Dupont")
                .expectReply(containing("Noted: Boutique Dupont"))
                .expectReply(containing("(2/5)"));
    }
}
