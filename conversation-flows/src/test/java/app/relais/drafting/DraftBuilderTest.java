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
        assertThat(draft.subject()).isEqualTo("Demande de réexamen du bannissement - +33 6 12 34 56 78");
        assertThat(draft.section(DraftSection.IDENTIFIERS)).contains("+33 6 12 34 56 78");
    }

    @Test
    void theBodyFollowsTheStructureThatGetsAnswers() {
        String body = builder.build(Cases.problem("whatsapp/account-banned"), Cases.bannedNumber()).body();

        assertThat(body).containsSubsequence("Bonjour,", "en tant que titulaire du compte concerné",
                "Les faits, dans l’ordre :", "20 novembre 2026", "Mon numéro a été banni",
                "Les éléments pour retrouver le dossier :", "Numéro banni", "+33 6 12 34 56 78",
                "Je ne peux plus joindre mes clients", "Réexaminer le bannissement",
                "toute information ou pièce complémentaire", "Cordialement,");
    }

    @Test
    void datedFactsComeFirstOldestFirstThenTheStory() {
        Problem hacked = Cases.problem("facebook/account-hacked");
        CaseData data = CaseData.fresh("en").withProblem(hacked.fullId())
                .withEvidence(EvidenceEntry.value("started-at", "2026-11-12T21:30+01:00", Cases.AT))
                .withAnswer(DraftBuilder.FACTS, "Then my email was replaced.");

        String facts = builder.build(hacked, data).section(DraftSection.FACTS);

        assertThat(facts).startsWith("The facts, in order:\n- When it started: November 12, 2026")
                .endsWith("Then my email was replaced.");
    }

    @Test
    void aRemovedPostGetsAFormalToneAndAHackedAccountAnUrgentOne() {
        DraftEmail removed = builder.build(Cases.problem("facebook/content-removed"), Cases.removedPost());
        DraftEmail banned = builder.build(Cases.problem("whatsapp/account-banned"), Cases.bannedNumber());
        Problem hacked = Cases.problem("facebook/account-hacked");
        DraftEmail hackedDraft = builder.build(hacked, CaseData.fresh("fr").withProblem(hacked.fullId()));

        assertThat(removed.tone()).isEqualTo(Tone.FORMAL);
        assertThat(removed.subject()).doesNotContain("URGENT");
        assertThat(removed.body()).contains("au sujet du problème suivant").contains("Je vous demande de bien vouloir")
                .doesNotContain("urgent").doesNotContain("priorité");
        assertThat(banned.tone()).isEqualTo(Tone.URGENT);
        assertThat(banned.body()).contains("problème urgent").contains("en priorité");
        assertThat(hackedDraft.subject()).startsWith("URGENT - Compte Facebook piraté");
    }

    @Test
    void theEmailCanBeInEnglishWhileTheChatIsInFrench() {
        CaseData frenchChat = Cases.bannedNumber().withAnswer(DraftLanguage.ANSWER, "en");

        DraftEmail draft = builder.build(Cases.problem("whatsapp/account-banned"), frenchChat);

        assertThat(frenchChat.locale()).isEqualTo("fr");
        assertThat(draft.language()).isEqualTo("en");
        assertThat(draft.subject()).isEqualTo("Request to review the ban - +33 6 12 34 56 78");
        assertThat(draft.body()).contains("I am writing as the owner of the account concerned")
                .contains("Review the ban and restore my number").contains("Kind regards,")
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
}
