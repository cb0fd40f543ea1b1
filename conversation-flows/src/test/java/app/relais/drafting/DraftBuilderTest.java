package app.relais.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.Problem;
import app.relais.dossier.EvidenceEntry;
import app.relais.files.InMemoryFileStore;
import app.relais.store.CaseData;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** What a support agent reads: structure, identifiers, order, tone and language of the draft. */
class DraftBuilderTest {

    private final DraftBuilder builder = new DraftBuilder(new InMemoryFileStore(Clock.systemUTC()));

    @Test
    void aWhatsAppSubjectNamesTheProblemAndTheNumberWithItsCountryCode() {
        DraftEmail draft = builder.build(Cases.problem("whatsapp/account-banned"), Cases.bannedNumber());

        assertThat(draft.to()).isEqualTo("support@whatsapp.com");
        assertThat(draft.subject()).isEqualTo("Demande de réexamen du bannissement – +33 6 12 34 56 78");
        assertThat(draft.section(DraftSection.IDENTIFIERS)).contains("– Numéro banni : +33 6 12 34 56 78");
    }

    @Test
    void theBodyFollowsTheStructureThatGetsAnswers() {
        String body = builder.build(Cases.problem("whatsapp/account-banned"), Cases.bannedNumber()).body();

        assertThat(body).containsSubsequence("Bonjour,",
                "Je vous écris pour vous signaler un problème urgent : le bannissement d’un numéro WhatsApp.",
                "Je suis titulaire du compte concerné.",
                "Voici les faits, dans l’ordre :", "– Bannissement du numéro : le vendredi 20 novembre 2026 à 8 h 15",
                "Mon numéro a été banni", "Les éléments de mon dossier :", "– Numéro banni : +33 6 12 34 56 78",
                "Ce problème a déjà des conséquences sérieuses. Je ne peux plus joindre mes clients.",
                "Je vous demande de bien vouloir, en priorité, réexaminer le bannissement et rétablir mon numéro.",
                "toute information ou pièce complémentaire", "Cordialement,");
    }

    @Test
    void datedFactsComeFirstOldestFirstThenTheStory() {
        Problem hacked = Cases.problem("facebook/account-hacked");
        CaseData data = CaseData.fresh("en").withProblem(hacked.fullId())
                .withEvidence(EvidenceEntry.value("started-at", "2026-11-12T21:30+01:00", Cases.AT))
                .withAnswer(DraftBuilder.FACTS, "Then my email was replaced.");

        String facts = builder.build(hacked, data).section(DraftSection.FACTS);

        assertThat(facts).isEqualTo("Here are the facts, in order:\n- Start of the hack: Thursday 12 November 2026 at 9:30 pm"
                + "\n\nThen my email was replaced.");
    }

    @Test
    void aRemovedPostGetsAFormalToneAndAHackedAccountAnUrgentOne() {
        DraftEmail removed = builder.build(Cases.problem("facebook/content-removed"), Cases.removedPost());
        DraftEmail banned = builder.build(Cases.problem("whatsapp/account-banned"), Cases.bannedNumber());
        Problem hacked = Cases.problem("facebook/account-hacked");
        DraftEmail hackedDraft = builder.build(hacked, CaseData.fresh("fr").withProblem(hacked.fullId()));

        assertThat(removed.tone()).isEqualTo(Tone.FORMAL);
        assertThat(removed.subject()).doesNotContain("URGENT");
        assertThat(removed.body()).contains("au sujet du problème suivant : la suppression injustifiée d’une publication.")
                .contains("Je vous demande de bien vouloir rétablir la publication supprimée.")
                .doesNotContain("urgent").doesNotContain("priorité");
        assertThat(banned.tone()).isEqualTo(Tone.URGENT);
        assertThat(banned.body()).contains("problème urgent").contains("en priorité");
        assertThat(hackedDraft.subject()).startsWith("URGENT – Compte Facebook piraté");
    }

    @Test
    void theEmailCanBeInEnglishWhileTheChatIsInFrench() {
        CaseData frenchChat = Cases.bannedNumber().withAnswer(DraftLanguage.ANSWER, "en");

        DraftEmail draft = builder.build(Cases.problem("whatsapp/account-banned"), frenchChat);

        assertThat(frenchChat.locale()).isEqualTo("fr");
        assertThat(draft.language()).isEqualTo("en");
        assertThat(draft.subject()).isEqualTo("Request to review the ban - +33 6 12 34 56 78");
        assertThat(draft.body()).contains("I own the account concerned.")
                .contains("I ask you, as a priority, to review the ban and restore my number.").contains("Kind regards,")
                // The user's own words stay as they wrote them.
                .contains("Je ne peux plus joindre mes clients.");
    }

    @Test
    void aRewrittenSectionIsKeptExactlyAsTypedAndASubjectStaysOnOneLine() {
        CaseData data = Cases.removedPost()
                .withAnswer(DraftSection.IMPACT.answerKey(), "jai perdu  200 euros\nde billets")
                .withAnswer(DraftSection.SUBJECT.answerKey(), "Mon objet\r\nBcc: x@y");

        DraftEmail draft = builder.build(Cases.problem("facebook/content-removed"), data);

        assertThat(draft.section(DraftSection.IMPACT)).isEqualTo("jai perdu  200 euros\nde billets");
        assertThat(draft.subject()).isEqualTo("Mon objet Bcc: x@y").doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void aSubjectIsCappedWhateverTheUserTypes() {
        CaseData data = Cases.removedPost().withAnswer(DraftSection.SUBJECT.answerKey(), "é".repeat(500));

        assertThat(builder.build(Cases.problem("facebook/content-removed"), data).subject())
                .hasSize(HeaderText.MAX_SUBJECT).endsWith("…");
    }

    @Test
    void whatThePersonCouldNotGiveIsSaidInASentenceNeverPastedAsAValue() {
        Problem hacked = Cases.problem("facebook/account-hacked");
        CaseData one = Cases.hackedAccount().withEvidence(EvidenceEntry.skipped("profile-url", Cases.AT));
        CaseData several = one.withEvidence(EvidenceEntry.skipped("account-email", Cases.AT))
                .withEvidence(EvidenceEntry.skipped("started-at", Cases.AT))
                .withEvidence(EvidenceEntry.skipped("screenshots", Cases.AT));

        assertThat(builder.build(hacked, one).section(DraftSection.IDENTIFIERS))
                .endsWith("Je n’ai pas pu retrouver le lien de mon profil Facebook.")
                .doesNotContain("Lien de mon profil Facebook :");
        DraftEmail draft = builder.build(hacked, several);
        assertThat(draft.section(DraftSection.IDENTIFIERS)).endsWith("Je n’ai pas pu fournir certains éléments :"
                + " le lien de mon profil Facebook et l’adresse e-mail de mon compte.");
        assertThat(draft.section(DraftSection.FACTS)).endsWith("Je ne peux pas dater précisément le début du piratage.");
        assertThat(draft.body()).doesNotContain("non disponible").doesNotContain("captures d’écran");
        assertThat(builder.build(hacked, several.withAnswer(DraftLanguage.ANSWER, "en")).section(DraftSection.IDENTIFIERS))
                .endsWith("I could not provide some of the details: the link to my Facebook profile"
                        + " and the email address of my account.");
    }

    @Test
    void aTypedRoleThatNamesAButtonIsWrittenAsThatRoleOtherwiseKeptInThePersonsWords() {
        Problem event = Cases.problem("facebook/fraudulent-event");
        CaseData typed = Cases.hackedAccount().withProblem(event.fullId()).withAnswer(DraftBuilder.ROLE_CHOICE, null);

        assertThat(intro(event, typed.withAnswer(DraftBuilder.ROLE, "organisatrice")))
                .contains("J’organise l’événement concerné.").doesNotContain("organisatrice");
        assertThat(intro(event, typed.withAnswer(DraftBuilder.ROLE, "Je suis la mère de la victime")))
                .contains("J’écris au nom d’une personne de mon entourage, directement concernée.");
        assertThat(intro(event, typed.withAnswer(DraftBuilder.ROLE, "Je suis bénévole et je tiens le stand de l’asso au marché")))
                .contains("Pour me présenter : je suis bénévole et je tiens le stand de l’asso au marché.");
        assertThat(intro(event, typed.withAnswer(DraftBuilder.ROLE, "Facebook me connaît comme créatrice")))
                .contains("Pour me présenter : Facebook me connaît comme créatrice.");
        assertThat(intro(event, typed.withAnswer(DraftBuilder.ROLE, "the page admin").withAnswer(DraftLanguage.ANSWER, "en")))
                .contains("I manage the page concerned.");
    }

    @Test
    void aTypedOutcomeFollowsAColonAndOneThatIsACatalogOutcomeIsWordedAsIt() {
        Problem removed = Cases.problem("facebook/content-removed");
        CaseData typed = Cases.removedPost().withAnswer(DraftBuilder.OUTCOME_CHOICE, null);

        assertThat(builder.build(removed, typed.withAnswer(DraftBuilder.OUTCOME, "Que ma photo revienne vite"))
                .section(DraftSection.OUTCOME)).isEqualTo("Voici ce que je vous demande : que ma photo revienne vite.");
        assertThat(builder.build(removed, typed.withAnswer(DraftBuilder.OUTCOME, "restore the removed post!"))
                .section(DraftSection.OUTCOME)).isEqualTo("Je vous demande de bien vouloir rétablir la publication supprimée.");
    }

    @Test
    void theSignatureClosesTheLetterAndTheContactIsWhereToAnswer() {
        CaseData signed = Cases.removedPost().withAnswer(Signature.NAME, "Claire Dubois")
                .withAnswer(Signature.CONTACT, "+33612345678");

        DraftEmail draft = builder.build(Cases.problem("facebook/content-removed"), signed);

        assertThat(draft.section(DraftSection.CONCLUSION)).endsWith("Vous pouvez me joindre au +33 6 12 34 56 78.\n\nCordialement,");
        assertThat(draft.body()).endsWith("Cordialement,\nClaire Dubois\n+33 6 12 34 56 78");
        assertThat(builder.build(Cases.problem("facebook/content-removed"), Cases.removedPost()).body())
                .endsWith("Cordialement,");
    }

    private String intro(Problem problem, CaseData data) {
        return builder.build(problem, data).section(DraftSection.INTRODUCTION);
    }
    @Test
    void abbreviationsTypedInAHurryAreWrittenOutButIdentifiersAreLeftAlone() {
        Problem hacked = Cases.problem("facebook/account-hacked");
        CaseData data = CaseData.fresh("fr").withProblem(hacked.fullId())
                .withEvidence(EvidenceEntry.value("profile-url", "https://www.facebook.com/qqn.mdp", Cases.AT))
                .withAnswer(DraftBuilder.FACTS, "qqn a changé mon mdp cette nuit, jsp comment. MDP et mail changés (voir facebook.com/mdp)")
                .withAnswer(DraftBuilder.IMPACT, "Mon événement est samedi, c’est un gros pb pour moi")
                .withAnswer(DraftBuilder.OUTCOME, "Qqn qui me rende l’accès stp");

        DraftEmail draft = builder.build(hacked, data);

        assertThat(draft.section(DraftSection.FACTS)).contains("Quelqu’un a changé mon mot de passe cette nuit, je ne sais pas comment. "
                + "Mot de passe et mail changés (voir facebook.com/mdp).");
        assertThat(draft.body()).contains("c’est un gros problème pour moi.")
                .contains("quelqu’un qui me rende l’accès s’il vous plaît.")
                .contains("https://www.facebook.com/qqn.mdp");
    }

    @Test
    void theOwnWordsOfAnItemAreWrittenOutButANameOrAReferenceStaysAsTyped() {
        Problem hacked = Cases.problem("facebook/account-hacked");
        CaseData changed = Cases.hackedAccount().withEvidence(EvidenceEntry.value("changes", "mdp et mail, qqn a aussi mis son tel", Cases.AT));

        assertThat(builder.build(hacked, changed).body())
                .contains("– Ce que le pirate a modifié : mot de passe et mail, quelqu’un a aussi mis son tel\n")
                .doesNotContain("mdp");

        Problem dispute = Cases.problem("facebook/payment-dispute");
        CaseData paid = CaseData.fresh("fr").withProblem(dispute.fullId())
                .withEvidence(EvidenceEntry.value("transaction", "PB-2026 msg 114", Cases.AT))
                .withAnswer(DraftBuilder.ROLE_CHOICE, "owner")
                .withAnswer(DraftBuilder.FACTS, "J’ai payé deux fois la même publicité.")
                .withAnswer(DraftBuilder.OUTCOME_CHOICE, "0");
        assertThat(builder.build(dispute, paid).body()).contains(": PB-2026 msg 114\n");
    }
}
