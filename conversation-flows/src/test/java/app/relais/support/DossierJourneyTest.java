package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;
import static app.relais.testing.ReplyMatchers.withFile;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.FileRef;
import app.relais.conversation.Reply;
import app.relais.store.ConversationSnapshot;
import app.relais.testing.Conversation;
import app.relais.testing.TestRelais;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The dossier as users live it: /dossier at any time with progress, items corrected, removed or
 * completed from any stage and the conversation picking up where it was, nothing lost on /back,
 * a way out after repeated refusals, dates confirmed, phone countries asked, secrets masked, and
 * the archive handed over. Now is Saturday 21 November 2026, 21:00 in Paris.
 */
class DossierJourneyTest {

    private final TestRelais relais = new TestRelais();

    private static Conversation startDossier(Conversation c) {
        return c.send("mon compte Facebook a été piraté")
                .tap("Oui, c’est ça")
                .tap("Préparer ma demande")
                .expectReply(containing("(1/5) Lien de votre profil Facebook"));
    }

    private static Conversation firstTwoItems(Conversation c) {
        return startDossier(c)
                .send("https://www.facebook.com/jeanne.martin?fbclid=IwAR0xyz")
                .expectReply(containing("Noté : https://www.facebook.com/jeanne.martin"))
                .expectReply(containing("profil jeanne.martin"))
                .send("jeanne.martin@example.fr")
                .expectReply(containing("(3/5) Quand cela a commencé"));
    }

    @Test
    void theDossierShowsProgressAndAnEditReturnsToTheQuestionThatWasPending() {
        firstTwoItems(relais.french())
                .send("/dossier")
                .expectReply(containing("Votre dossier — Compte Facebook piraté (2 sur 5 éléments)"))
                .expectReply(containing("Adresse email de votre compte : jeanne.martin@example.fr"))
                .expectReply(containing("Quand cela a commencé : à fournir"))
                .expectReply(withChoice("Reprendre où j’en étais"))
                .tap("Modifier : Adresse email de votre compte")
                .expectReply(containing("Modification : Adresse email de votre compte"))
                .expectReply(containing("Déjà noté : jeanne.martin@example.fr"))
                .send("jeanne.dupont@example")
                .expectReply(containing("Cette adresse email ne semble pas valide"))
                .send("jeanne.dupont@example.fr")
                .expectReply(containing("« Adresse email de votre compte » est mis à jour"))
                .expectReply(containing("(3/5) Quand cela a commencé"))
                .send("/dossier")
                .expectReply(containing("jeanne.dupont@example.fr"))
                .tap("Reprendre où j’en étais")
                .expectReply(containing("(3/5) Quand cela a commencé"));
    }

    @Test
    void anEditCanBeCancelledWithBackAndNothingChanges() {
        firstTwoItems(relais.french())
                .send("/dossier")
                .tap("Modifier : Lien de votre profil Facebook")
                .send("/back")
                .expectReply(containing("Rien n’est changé pour « Lien de votre profil Facebook »"))
                .expectReply(containing("(3/5) Quand cela a commencé"))
                .send("/dossier")
                .expectReply(containing("https://www.facebook.com/jeanne.martin"));
    }

    @Test
    void anItemCanBeRemoved() {
        firstTwoItems(relais.french())
                .send("/dossier")
                .tap("Retirer : Lien de votre profil Facebook")
                .expectReply(containing("C’est retiré : « Lien de votre profil Facebook »"))
                .expectReply(containing("(1 sur 5 éléments)"))
                .expectReply(containing("Lien de votre profil Facebook : à fournir"))
                .expectReply(withChoice("Compléter : Lien de votre profil Facebook"))
                .expectNoReply(withChoice("Retirer : Lien de votre profil Facebook"));
    }

    @Test
    void screenshotsCanBeAddedFromALaterStageWhichThenCarriesOn() {
        Conversation c = firstTwoItems(relais.french())
                .send("hier vers 14h")
                .tap("Oui, c’est juste")
                .send("Mot de passe et email changés")
                .expectReply(containing("(5/5) Captures d’écran"))
                .tap("Passer")
                .expectReply(containing("Qui êtes-vous"))
                .send("/dossier")
                .expectReply(containing("Captures d’écran : passé"))
                .tap("Ajouter : Captures d’écran")
                .expectReply(containing("10 Mo maximum"))
                .upload("alerte.png", Fixtures.bytes("screenshot.png"))
                .upload("../../notification.pdf", Fixtures.bytes("notice.pdf"))
                .expectReply(containing("Reçu : notification.pdf"))
                .tap("J’ai terminé")
                .expectReply(containing("« Captures d’écran » est mis à jour"))
                .expectReply(containing("Qui êtes-vous"))
                .send("/dossier")
                .expectReply(containing("(5 sur 5 éléments)"))
                .expectReply(containing("Captures d’écran : alerte.png, notification.pdf"));
        c.tap("Reprendre où j’en étais")
                .expectReply(containing("Qui êtes-vous"))
                .tap("Titulaire du compte")
                .expectReply(containing("Racontez ce qui s’est passé"));
    }

    @Test
    void goingBackLosesNothingTyped() {
        firstTwoItems(relais.french())
                .send("12/11/2026 21:30")
                .expectReply(containing("J’ai compris : jeudi 12 novembre 2026 à 21:30. C’est bien cela ?"))
                .send("/back")
                .expectReply(containing("(3/5) Quand cela a commencé"))
                .send("/back")
                .expectReply(containing("(2/5)"))
                .expectReply(containing("Déjà noté : jeanne.martin@example.fr"))
                .send("/back")
                .expectReply(containing("Déjà noté : https://www.facebook.com/jeanne.martin"))
                .tap("Garder ma réponse")
                .tap("Garder ma réponse")
                .expectReply(containing("(3/5) Quand cela a commencé"));
    }

    @Test
    void aDateIsShownBackAndCanBeCorrectedBeforeItIsKept() {
        firstTwoItems(relais.french())
                .send("hier vers 14h")
                .expectReply(containing("vendredi 20 novembre 2026 à 14:00"))
                .tap("Corriger")
                .expectReply(containing("écrivez la date autrement"))
                .send("demain")
                .expectReply(containing("Cette date est dans le futur"))
                .send("le 20 novembre à 13h")
                .expectReply(containing("vendredi 20 novembre 2026 à 13:00"))
                .send("oui")
                .expectReply(containing("Noté : vendredi 20 novembre 2026 à 13:00"))
                .expectReply(containing("(4/5)"));
    }

    @Test
    void aRequiredItemCanBeLeftOutAndAfterThreeRefusalsTheUserIsRemindedThatItMay() {
        Conversation c = startDossier(relais.french())
                .send("https://www.facebook.com/jeanne.martin")
                .expectReply(withChoice("Je ne l’ai pas"))
                .send("jeanne chez example")
                .expectReply(containing("Il manque le @"))
                .send("jeanne chez exemple")
                .expectNoReply(containing("touchez « Je ne l’ai pas »"))
                .send("toujours pas");
        c.expectReply(containing("touchez « Je ne l’ai pas »"))
                .expectReply(withChoice("Je ne l’ai pas"))
                .tap("Je ne l’ai pas")
                .expectReply(containing("Passé. Sans l’adresse du compte, il sera plus difficile de prouver que le compte est à vous."))
                .expectReply(containing("(3/5)"))
                .send("/dossier")
                .expectReply(containing("Adresse email de votre compte : passé"));
    }

    @Test
    void theEscapeComesSoonerWhenConfiguredAndSpeaksEnglish() {
        TestRelais strict = new TestRelais(relais.clock(),
                app.relais.core.RelaisCore.builder().zone(java.time.ZoneId.of("Europe/Paris")).failuresBeforeEscape(1));
        strict.english()
                .send("my facebook account was hacked")
                .tap("Yes, that’s it")
                .tap("Prepare my request")
                .send("https://twitter.com/jeanne")
                .expectReply(containing("This link goes to twitter.com, not to the platform concerned. Send a facebook.com link."))
                .expectReply(withChoice("I don’t have it"));
    }

    @Test
    void aPasswordOrLoginCodeIsMaskedAtOnceAndNeverStored() {
        Conversation c = firstTwoItems(relais.french())
                .send("hier vers 14h")
                .tap("Oui, c’est juste")
                .send("mon mot de passe est Soleil2024! et le code est 483920, ils ont changé l’email")
                .expectReply(containing("Aucune équipe de support ne vous le demandera jamais"))
                .expectReply(containing("services de récupération"))
                .expectReply(containing("Noté : mon mot de passe est •••••• et le code est ••••••, ils ont changé l’email"));
        ConversationSnapshot stored = relais.core().conversations().load(c.key()).orElseThrow();
        assertThat(stored.data().toString()).doesNotContain("Soleil2024").doesNotContain("483920");
        assertThat(c.transcript()).extracting(Reply::text).noneMatch(t -> t.contains("Soleil2024"));
    }

    @Test
    void secretsAreMaskedAtEveryStageEvenTheFirstMessage() {
        Conversation c = relais.english()
                .send("my facebook account was hacked, my password is hunter2")
                .expectReply(containing("No support team will ever ask you for it"))
                .expectReply(containing("Hacked Facebook account"));
        assertThat(relais.core().conversations().load(c.key()).orElseThrow().data().toString()).doesNotContain("hunter2");
    }

    @Test
    void aNationalPhoneNumberAsksForItsCountryWhenTheChannelDidNotSay() {
        relais.newConversation(Locale.FRENCH)
                .send("mon numéro whatsapp est banni")
                .tap("Oui, c’est ça")
                .tap("Non, pas encore")
                .tap("Préparer ma demande")
                .send("06 12 34")
                .expectReply(containing("De quel pays est le numéro 06 12 34"))
                .tap("France (+33)")
                .expectReply(containing("trop court"))
                .send("06 12 34 56 78")
                .expectReply(containing("Noté : +33 6 12 34 56 78"));
        relais.newConversation(Locale.FRENCH)
                .send("mon numéro whatsapp est banni")
                .tap("Oui, c’est ça")
                .tap("Non, pas encore")
                .tap("Préparer ma demande")
                .send("0470 12 34 56")
                .expectReply(withChoice("Belgique (+32)"))
                .send("Belgique")
                .expectReply(containing("Noté : +32 470 12 34 56"));
        relais.newConversation(Locale.FRENCH)
                .send("mon numéro whatsapp est banni")
                .tap("Oui, c’est ça")
                .tap("Non, pas encore")
                .tap("Préparer ma demande")
                .send("0470 12 34 56")
                .send("Atlantide")
                .expectReply(containing("Je ne reconnais pas ce pays"))
                .send("+32")
                .expectReply(containing("Noté : +32 470 12 34 56"));
    }

    @Test
    void aSecretInAFileCaptionIsMaskedToo() {
        Conversation c = startDossier(relais.french());
        var file = (app.relais.files.FileIntake.Accepted) relais.core().intake()
                .accept(c.key(), "alerte.png", Fixtures.bytes("screenshot.png"));
        var replies = relais.core().engine().handle(new app.relais.conversation.Inbound.Attachment(c.key(),
                java.util.List.of(file.file().id()), "mdp : Soleil2024", Locale.FRANCE));
        assertThat(replies.replies().get(0).text()).contains("Aucune équipe de support");
        assertThat(relais.core().conversations().load(c.key()).orElseThrow().data().toString()).doesNotContain("Soleil2024");
    }

    @Test
    void aFrenchPhoneFromAFrenchLocaleNeedsNoQuestion() {
        relais.french()
                .send("mon numéro whatsapp est banni")
                .tap("Oui, c’est ça")
                .tap("Non, pas encore")
                .tap("Préparer ma demande")
                .send("06 12 34 56 78")
                .expectReply(containing("Noté : +33 6 12 34 56 78"));
    }

    @Test
    void theArchiveCanBeDownloadedFromTheDossierView() {
        Conversation c = firstTwoItems(relais.french())
                .send("/dossier")
                .tap("Télécharger le dossier (zip)")
                .expectReply(withFile("dossier-facebook-account-hacked.zip"));
        FileRef zip = c.lastReplies().get(0).files().get(0);
        assertThat(zip.mime()).isEqualTo("application/zip");
        assertThat(relais.core().files().content(zip.fileId())).hasValueSatisfying(
                bytes -> assertThat(bytes).startsWith(0x50, 0x4b, 0x03, 0x04));
    }

    @Test
    void theArchiveIsOfferedAtDelivery() {
        HackedAccountJourneyTest.walkToReview(relais.french())
                .tap("C’est parfait")
                .expectReply(withFile("dossier-facebook-account-hacked.zip"))
                .expectReply(containing("formulaire officiel"));
    }

    @Test
    void theDossierIsEmptyBeforeTheProblemIsKnown() {
        relais.french()
                .send("/dossier")
                .expectReply(containing("Votre dossier est encore vide"));
    }
}
