package app.relais.triage;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.Catalog;
import app.relais.catalog.CatalogLoader;
import java.util.Set;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the triage understands from one sentence, the way people really type it. */
class NaiveBayesTriageTest {

    private static final Triage TRIAGE = new NaiveBayesTriage(new CatalogLoader().load());

    private static TriageResult fr(String text) {
        return TRIAGE.classify(text, Locale.FRENCH);
    }

    @Test
    void smsSpellingAndTyposAreUnderstood() {
        assertThat(fr("jai ete pirater sur fb").problem()).isEqualTo("facebook/account-hacked");
        assertThat(fr("compte fb hacké").problem()).isEqualTo("facebook/account-hacked");
        assertThat(fr("mon num whatsap bani").problem()).isEqualTo("whatsapp/account-banned");
        assertThat(fr("instagrm piraté").problem()).isEqualTo("instagram/account-hacked");
    }

    @Test
    void thePlatformIsInferredFromContextWhenNotNamed() {
        TriageResult banned = fr("mon numéro est banni");
        assertThat(banned.problem()).isEqualTo("whatsapp/account-banned");
        assertThat(banned.platform()).isEqualTo("whatsapp");
        assertThat(fr("mon événement").platform()).isEqualTo("facebook");
    }

    @Test
    void aProblemThatExistsEverywhereLeavesThePlatformOpen() {
        TriageResult hacked = fr("mon compte a été piraté");
        assertThat(hacked.platform()).isNull();
        assertThat(hacked.candidates()).extracting(TriageResult.Candidate::problem).allMatch(p -> p.endsWith("/account-hacked"));
        TriageResult onInstagram = TRIAGE.classify("mon compte a été piraté", Locale.FRENCH, "instagram");
        assertThat(onInstagram.problem()).isEqualTo("instagram/account-hacked");
        assertThat(onInstagram.candidates()).allMatch(c -> c.problem().startsWith("instagram/"));
    }

    @Test
    void aNamedPlatformWinsOverWordsThatUsuallyGoElsewhere() {
        assertThat(TRIAGE.classify("banned from tiktok for no reason", Locale.ENGLISH).problem()).isEqualTo("tiktok/account-banned");
        assertThat(fr("les messages de mon groupe facebook sont du spam").platform()).isEqualTo("facebook");
    }

    @Test
    void nothingFitsGibberishOrAnEmptyText() {
        assertThat(fr("blabla xyz").problem()).isNull();
        assertThat(fr("").problem()).isNull();
        assertThat(fr("   ").candidates()).isEmpty();
    }

    @Test
    void aPlatformAloneIsKeptWithoutGuessingTheProblem() {
        TriageResult result = fr("facebook");
        assertThat(result.problem()).isNull();
        assertThat(result.platform()).isEqualTo("facebook");
    }

    @Test
    void commonWordsCloseToAPlatformNameAreNotTakenForIt() {
        Catalog catalog = new CatalogLoader().load();
        PlatformNames names = new PlatformNames(catalog).knowing(Set.of("messages", "message"));
        TextAnalysis analysis = new TextAnalysis();
        assertThat(names.find(analysis.words("mes messages partent plus")).platforms()).isEmpty();
        assertThat(names.find(analysis.words("Mme Martin a perdu son compte")).platforms()).isEmpty();
        assertThat(names.find(analysis.words("mon compte whatsap sur www.instagram.com")).platforms())
                .containsExactlyInAnyOrder("whatsapp", "instagram");
        assertThat(names.find(analysis.words("mon tik tok")).platforms()).containsExactly("tiktok");
    }

    @Test
    void mixedFrenchAndEnglishWorks() {
        assertThat(fr("my insta account a été hacked").problem()).isEqualTo("instagram/account-hacked");
        assertThat(TRIAGE.classify("whatsapp code de verification not received", Locale.ENGLISH).problem())
                .isEqualTo("whatsapp/verification-code");
    }
}
