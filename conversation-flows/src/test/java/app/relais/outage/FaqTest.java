package app.relais.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.relais.catalog.CatalogException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The business FAQ: checked at start-up, matched from what customers really type. */
class FaqTest {

    private final Faq faq = Faq.load();

    @Test
    void questionsAreRecognisedWithoutAccentsWithElisionsAndInTheOtherLanguage() {
        assertThat(faq.match("ou en est ma commande svp", Locale.FRENCH)).map(FaqEntry::id).contains("order-status");
        assertThat(faq.match("Quels sont vos horaires d’ouverture ?", Locale.FRENCH)).map(FaqEntry::id).contains("opening-hours");
        assertThat(faq.match("I would like a refund please", Locale.FRENCH)).map(FaqEntry::id).contains("refund");
        assertThat(faq.match("are you open on sundays", Locale.ENGLISH)).map(FaqEntry::id).contains("opening-hours");
    }

    @Test
    void aQuestionTheFaqDoesNotCoverFindsNothing() {
        assertThat(faq.match("quel temps fera-t-il demain à Lyon", Locale.FRENCH)).isEmpty();
        assertThat(faq.match("", Locale.FRENCH)).isEmpty();
    }

    @Test
    void agentsFindCannedResponsesByShortCode() {
        assertThat(faq.byShortCode("/suivi")).map(FaqEntry::id).contains("order-status");
        assertThat(faq.byShortCode("#HORAIRES")).map(FaqEntry::id).contains("opening-hours");
        assertThat(faq.byShortCode("nope")).isEmpty();
    }

    @Test
    void aBrokenFaqStopsTheStartNamingTheFileAndWhatIsWrong() {
        assertThatThrownBy(() -> Faq.load(getClass().getClassLoader(), "faq-broken/duplicate-code.yml"))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("faq-broken/duplicate-code.yml").hasMessageContaining("'same' is used twice");
        assertThatThrownBy(() -> Faq.load(getClass().getClassLoader(), "faq-broken/no-english-answer.yml"))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("faq-broken/no-english-answer.yml, line ")
                .hasMessageContaining("'en'");
    }
}
