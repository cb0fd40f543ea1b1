package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.Reply;
import app.relais.dossier.EvidenceEntry;
import app.relais.store.CaseData;
import app.relais.testing.Conversation;
import app.relais.testing.TestRelais;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The support flow as people actually answer it: items left out in their own words (with what
 * that costs and how to get them anyway), values inside sentences, an item read from a link
 * instead of asked again, "non, autre chose" to the guess, and sentences typed at the review.
 */
class OffScriptDossierJourneyTest {

    private final TestRelais relais = new TestRelais();

    private static Conversation atTheProfileLink(Conversation c) {
        return c.send("mon compte Facebook a été piraté")
                .tap("Oui, c’est ça")
                .tap("Préparer ma demande")
                .expectReply(containing("(1/5) Lien de votre profil Facebook"))
                .expectReply(withChoice("Je ne l’ai pas"));
    }

    private CaseData data(Conversation c) {
        return relais.core().conversations().load(c.key()).orElseThrow().data();
    }

    @Test
    void theLockedOutUserWhoDoesNotKnowTheLinkGetsThroughAndIsToldWhatItCostsAndHowToGetIt() {
        Conversation c = atTheProfileLink(relais.french())
                .send("je sais pas")
                .expectReply(containing("Passé. Sans le lien du profil, le support mettra plus de temps à retrouver votre compte."))
                .expectReply(containing("demandez à un proche de chercher votre profil"))
                .expectReply(containing("(2/5) Adresse email de votre compte"));
        assertThat(data(c).evidence().get("profile-url")).extracting(EvidenceEntry::skipped).isEqualTo(true);
        atTheProfileLink(relais.french())
                .send("passer")
                .expectReply(containing("(2/5) Adresse email de votre compte"));
    }

    @Test
    void heavyTyposAndStretchedLettersAreUnderstoodAndAQuestionOfAnotherKindIsNotTakenForOne() {
        atTheProfileLink(relais.french())
                .send("je sé pas")
                .expectReply(containing("Passé. Sans le lien du profil"))
                .send("merciii")
                .expectReply(containing("Avec plaisir !"))
                .expectReply(containing("(2/5) Adresse email de votre compte"))
                .send("chais pas moi")
                .expectReply(containing("Passé."))
                .expectReply(containing("(3/5)"))
                .send("mrc bcp")
                .expectReply(containing("Avec plaisir !"));
        relais.french()
                .send("mon compte facebook a été piraté")
                .tap("Oui, c’est ça")
                .send("c’est quoi la différence avec un avocat")
                .expectNoReply(containing("chat en direct"));
    }

    @Test
    void everyItemCanBeLeftOutInOwnWordsAndTheDossierSaysWhatIsMissing() {
        Conversation c = atTheProfileLink(relais.french())
                .send("jsp")
                .send("je l’ai plus")
                .expectReply(containing("l’adresse qui l’a reçu est la bonne"))
                .send("aucune idée")
                .send("on passe")
                .send("passer")
                .expectReply(containing("Vous pourrez en ajouter plus tard avec /dossier"))
                .expectReply(containing("Qui êtes-vous"));
        c.send("/dossier").expectReply(containing("(0 sur 5 éléments)"));
        assertThat(data(c).evidence().values()).hasSize(5).allMatch(EvidenceEntry::skipped);
    }

    @Test
    void aWhatsAppNumberCannotBeLeftOutAndSaysWhyThenOffersAPerson() {
        Conversation c = relais.french()
                .send("mon numéro whatsapp est banni")
                .tap("Oui, c’est ça")
                .tap("Non, pas encore")
                .tap("Préparer ma demande")
                .expectNoReply(withChoice("Je ne l’ai pas"))
                .send("je l’ai pas")
                .expectReply(containing("Je ne peux pas passer cet élément. Sans ce numéro, WhatsApp ne peut pas savoir de quel compte il s’agit"))
                .expectReply(containing("(1/3) Numéro banni"))
                .send("abc")
                .send("xyz")
                .send("123");
        c.expectReply(containing("Cet élément est indispensable."))
                .expectReply(withChoice("Parler à une personne"));
    }

    @Test
    void aLinkInASentenceIsReadTheEventIdIsTakenFromItAndTheErrorsExampleIsAnEventLink() {
        relais.french()
                .send("facebook")
                .tap("Vague de spam ou de faux profils")
                .tap("Préparer ma demande")
                .expectReply(containing("(1/7) Lien de l’événement"))
                .send("c’est mon événement")
                .expectReply(containing("par exemple https://www.facebook.com/events/123456789"))
                .expectNoReply(containing("prenom.nom"))
                .send("le voilà : facebook.com/events/884512337766201")
                .expectReply(containing("Noté : https://facebook.com/events/884512337766201"))
                .expectReply(containing("« Numéro d’identification de l’événement » : 884512337766201, repris du « Lien de l’événement »"))
                .expectReply(containing("(3/7) Votre nom d’utilisateur Facebook"))
                .expectNoReply(containing("(2/7)"))
                // A question asked at a text item is answered, not noted as the username.
                .send("est-ce que security@facebookmail.com est une adresse officielle ?")
                .expectReply(containing("fait partie de ceux d’où Meta dit envoyer ses vrais emails"))
                .expectNoReply(containing("Noté"))
                .expectReply(containing("(3/7) Votre nom d’utilisateur Facebook"));
    }

    @Test
    void aPhoneNumberOrAnAddressInASentenceIsRead() {
        relais.newConversation(Locale.ENGLISH)
                .send("my whatsapp number got banned")
                .tap("Yes, that’s it")
                .tap("No, not yet")
                .tap("Prepare my request")
                .send("its 0044 7911 123456")
                .expectReply(containing("Noted: +44 7911 123456"));
        atTheProfileLink(relais.french())
                .send("https://www.facebook.com/jeanne.martin")
                .send("mon mail c’est jeanne.martin@example.fr")
                .expectReply(containing("Noté : jeanne.martin@example.fr"))
                .expectReply(containing("(3/5)"));
    }

    @Test
    void noToTheGuessOffersTheNextCandidatesThenThePlatformsMenu() {
        relais.french()
                .send("mon facebook est bloqué")
                .expectReply(containing("J’ai compris : Compte Facebook bloqué, suspendu ou désactivé"))
                .send("Non, autre chose")
                .expectReply(containing("D’accord. Est-ce plutôt l’un de ces problèmes ?"))
                .expectReply(withChoice("Compte, page ou événement restreint"))
                .expectNoReply(containing("Décrivez votre problème"))
                .tap("Autre chose")
                .expectReply(containing("Quel problème rencontrez-vous sur Facebook ?"))
                .expectReply(withChoice("Usurpation d’identité sur Facebook"))
                .tap("Autre chose")
                .expectReply(containing("canaux officiels"));
        relais.english()
                .send("my facebook account was hacked")
                .tap("No, something else")
                .expectReply(containing("Is it one of these instead?"))
                .send("no")
                .expectReply(containing("Which problem do you have on Facebook?"))
                .expectNoReply(containing("Describe your problem"));
        // A guess with no close second goes straight to the platform's problems.
        relais.french()
                .send("mon compte facebook a été piraté")
                .tap("Non, autre chose")
                .expectReply(containing("Quel problème rencontrez-vous sur Facebook ?"));
    }

    @Test
    void sentencesTypedAtTheReviewAreUnderstoodOrAnsweredWithThePartsNeverIgnored() {
        Conversation c = HackedAccountJourneyTest.walkToReview(relais.french())
                .send("ajoute que j’ai porté plainte")
                .expectReply(containing("C’est ajouté aux faits : « J’ai porté plainte. »"))
                .expectReply(containing("puis mon email a été remplacé. J’ai porté plainte."))
                .send("change l’impact : je perds 500 € par jour")
                .expectReply(containing("C’est changé : l’impact dit maintenant ce que vous avez écrit."))
                .expectReply(containing("Je perds 500 € par jour"))
                .send("blablabla");
        c.expectReply(containing("Je n’ai pas compris quelle partie changer. Vous pouvez modifier : l’objet, l’introduction, les faits"))
                .expectReply(withChoice("C’est parfait"))
                .expectNoReply(containing("Objet :"));
        assertThat(c.lastReplies()).extracting(Reply::copyable).containsOnly(false);
        c.send("modifie l’objet")
                .expectReply(containing("Texte actuel de l’objet"))
                .send("Piratage de mon compte")
                .expectReply(containing("Objet : Piratage de mon compte"));
    }

    @Test
    void changeTheImpactInEnglish() {
        relais.english()
                .send("my facebook account was hacked")
                .tap("Yes, that’s it")
                .tap("Prepare my request")
                .send("skip").send("dont have it").send("idk").send("no idea").send("skip")
                .tap("Account owner")
                .send("Someone changed my password on 12 November and posted scams.")
                .send("I cannot reach my customers")
                .send("Give me my account back")
                .expectReply(containing("how should your request be signed"))
                .send("Jane Martin, jane.martin@example.org")
                .expectReply(containing("Subject:"))
                .send("change the impact: I lose 500 euros a day")
                .expectReply(containing("Changed: the impact now says what you wrote."))
                .expectReply(containing("I lose 500 euros a day"));
    }
}
