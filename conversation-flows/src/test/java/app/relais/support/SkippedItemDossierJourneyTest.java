package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;

import app.relais.testing.TestRelais;
import org.junit.jupiter.api.Test;

/**
 * /dossier shows an item the person left out as left out: no "Retirer" as if something had been
 * collected, a button to provide it after all, which asks for it and records it.
 */
class SkippedItemDossierJourneyTest {

    private final TestRelais relais = new TestRelais();

    @Test
    void aSkippedItemIsShownSkippedWithAWayToProvideItAndNoRemove() {
        relais.french()
                .send("mon compte facebook a été piraté")
                .tap("Oui, c’est ça")
                .tap("Préparer ma demande")
                .expectReply(containing("(1/5) Lien de votre profil Facebook"))
                .send("je sais pas")
                .expectReply(containing("(2/5) Adresse email de votre compte"))
                .send("jeanne.martin@example.fr")
                .send("/dossier")
                .expectReply(containing("Lien de votre profil Facebook : passé"))
                .expectReply(withChoice("Le fournir finalement : Lien de votre profil Facebook"))
                .expectNoReply(withChoice("Retirer : Lien de votre profil Facebook"))
                .expectReply(withChoice("Retirer : Adresse email de votre compte"))
                .tap("Le fournir finalement : Lien de votre profil Facebook")
                .send("https://www.facebook.com/jeanne.martin")
                .expectReply(containing("Noté : https://www.facebook.com/jeanne.martin"))
                .send("/dossier")
                .expectReply(containing("(2 sur 5 éléments)"))
                .expectReply(withChoice("Retirer : Lien de votre profil Facebook"));
    }

    @Test
    void inEnglishToo() {
        relais.english()
                .send("my facebook account was hacked")
                .tap("Yes, that’s it")
                .tap("Prepare my request")
                .send("i don’t know")
                .send("/dossier")
                .expectReply(containing("Link to your Facebook profile: skipped"))
                .expectReply(withChoice("Provide it after all: Link to your Facebook profile"))
                .expectNoReply(withChoice("Remove: Link to your Facebook profile"));
    }
}
