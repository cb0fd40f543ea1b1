package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;
import static app.relais.testing.ReplyMatchers.withFile;
import static app.relais.testing.ReplyMatchers.withLink;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.Reply;
import app.relais.testing.Conversation;
import app.relais.testing.TestRelais;
import org.junit.jupiter.api.Test;

/** The walking-skeleton journey: a hacked Facebook account, from the first sentence to the draft. */
class HackedAccountJourneyTest {

    private final TestRelais relais = new TestRelais();

    static Conversation walkToReview(Conversation c) {
        return c.send("mon compte Facebook a été piraté")
                .expectReply(containing("Compte Facebook piraté"))
                .tap("Oui, c’est ça")
                .expectReply(containing("facebook.com/hacked"))
                .expectReply(withLink("https://www.facebook.com/hacked"))
                .expectReply(containing("abuse@facebook.com"))
                .expectReply(containing("pas documentée officiellement"))
                .expectReply(containing("3 à 7 jours"))
                .expectReply(containing("mot de passe"))
                .tap("Préparer ma demande")
                .expectReply(containing("(1/5) Lien de votre profil Facebook"))
                .send("https://www.facebook.com/jeanne.martin")
                .expectReply(containing("(2/5)"))
                .send("jeanne.martin@example.fr")
                .expectReply(containing("(3/5)"))
                .send("12/11/2026 21:30")
                .expectReply(containing("jeudi 12 novembre 2026 à 21:30"))
                .tap("Oui, c’est juste")
                .expectReply(containing("(4/5)"))
                .send("Mot de passe et adresse email changés, publications frauduleuses")
                .expectReply(containing("(5/5) Captures d’écran"))
                .upload("alerte-facebook.png", Fixtures.bytes("screenshot.png"))
                .expectReply(containing("alerte-facebook.png"))
                .tap("J’ai terminé")
                .expectReply(containing("Qui êtes-vous"))
                .tap("Titulaire du compte")
                .expectReply(containing("Racontez ce qui s’est passé"))
                .send("Le 12 novembre vers 21h30 j’ai reçu un email de changement de mot de passe, puis mon email a été remplacé.")
                .expectReply(containing("conséquences"))
                .send("Mon événement de samedi est annoncé sur ce compte, 300 participants attendent des nouvelles.")
                .expectReply(withChoice("Me rendre l’accès à mon compte et annuler les modifications du pirate"))
                .tap("Me rendre l’accès à mon compte et annuler les modifications du pirate")
                .expectReply(containing("comment signer votre demande"))
                .send("Jeanne Martin, 06 12 34 56 78");
    }

    @Test
    void anAddressTypedBeforeTheDossierAsksForItIsKeptAndNotAskedAgain() {
        relais.french()
                .send("mon compte Facebook a été piraté")
                .tap("Oui, c’est ça")
                .expectReply(containing("On commence ?"))
                .send("mon adresse c'est jeanne.martin@example.fr")
                .expectReply(containing("C’est noté pour le dossier, je ne vous le redemanderai pas :\n"
                        + "• Adresse email de votre compte : jeanne.martin@example.fr"))
                .expectReply(containing("On commence ?"))
                .tap("Préparer ma demande")
                .expectReply(containing("(1/5) Lien de votre profil Facebook"))
                .send("https://www.facebook.com/jeanne.martin")
                .expectReply(containing("« Adresse email de votre compte » : jeanne.martin@example.fr, comme vous me l’avez donné plus tôt."))
                .expectReply(containing("(3/5)"));
    }

    @Test
    void aHackedAccountEndsInAStructuredDraftToTheRightAddress() {
        Conversation c = walkToReview(relais.french())
                .expectReply(containing("À : abuse@facebook.com"))
                .expectReply(containing("Objet : URGENT – Compte Facebook piraté – https://www.facebook.com/jeanne.martin"))
                .expectReply(containing("Je vous écris pour vous signaler un problème urgent : le piratage d’un compte Facebook."
                        + " Je suis titulaire du compte concerné."))
                .expectReply(containing("– Début du piratage : le jeudi 12 novembre 2026 à 21 h 30"))
                .expectReply(containing("– Lien de mon profil Facebook : https://www.facebook.com/jeanne.martin"))
                .expectReply(containing("300 participants"))
                .expectReply(containing("Je vous demande de bien vouloir, en priorité, me rendre l’accès à mon compte"))
                .expectReply(containing("Vous pouvez me joindre au +33 6 12 34 56 78.\n\nCordialement,\nJeanne Martin\n+33 6 12 34 56 78"))
                .expectReply(containing("Pièces jointes :\n– Captures d’écran : alerte-facebook.png"))
                .expectNoReply(containing("non disponible"))
                .tap("C’est parfait")
                .expectReply(containing("formulaire officiel"))
                .expectReply(withLink("mailto:abuse@facebook.com?subject="))
                .expectReply(withLink("https://www.facebook.com/hacked"))
                .expectReply(withFile(".eml"))
                .tap("J’ai envoyé ma demande")
                .expectReply(containing("28 novembre 2026"))
                .expectReply(withFile(".ics"))
                .tap("Préparer la relance")
                .expectReply(containing("numéro de dossier ou de ticket"))
                .send("je sais plus, attendez")
                .expectReply(containing("Je ne trouve pas de numéro"))
                .send("c’est le n°4471-0923")
                .expectReply(containing("Qu’est-ce qui a changé"))
                .send("le pirate a aussi écrit à mes clients")
                .expectReply(containing("Objet : Relance (dossier 4471-0923) : URGENT – Compte Facebook piraté"))
                .expectReply(containing("Je me permets de relancer ma demande du samedi 21 novembre 2026"))
                .expectReply(containing("Votre équipe lui a attribué le numéro 4471-0923."))
                .expectReply(containing("Voici où en est la situation depuis ma demande : le pirate a aussi écrit à mes clients."))
                .expectReply(containing("Cordialement,\nJeanne Martin\n+33 6 12 34 56 78"));
        assertThat(c.transcript()).extracting(Reply::text).anyMatch(t -> t.contains("Cordialement"));
    }

    @Test
    void theDraftIsInEnglishForAnEnglishSpeaker() {
        relais.english()
                .send("my facebook account was hacked")
                .expectReply(containing("Hacked Facebook account"))
                .tap("Yes, that’s it")
                .expectReply(containing("not officially documented"))
                .expectReply(containing("3 to 7 days"));
    }

    @Test
    void anySectionCanBeRewrittenAndTheUsersSpellingIsKept() {
        walkToReview(relais.french())
                .tap("Modifier l’impact")
                .expectReply(containing("Texte actuel de l’impact"))
                .send("Conséquences : jai perdu 200 euros de billets")
                .expectReply(containing("jai perdu 200 euros de billets"))
                .tap("Modifier l’objet")
                .tap("Revenir au texte proposé")
                .expectReply(containing("Objet : URGENT – Compte Facebook piraté"));
    }
}
