package app.relais.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.relais.catalog.CatalogException;
import app.relais.catalog.LocalizedText;
import app.relais.i18n.Messages;
import app.relais.i18n.Refusal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The business FAQ: checked at start-up, matched from what customers really type, filled from the profile. */
class FaqTest {

    private final Faq faq = Faq.load();

    private String matched(String text, boolean incident) {
        return faq.match(text, incident).map(m -> m.entry().id()).orElse(null);
    }

    @Test
    void questionsAreRecognisedWithoutAccentsWithElisionsParaphrasedAndInTheOtherLanguage() {
        assertThat(matched("ou en est ma commande svp", false)).isEqualTo("order-status");
        assertThat(matched("quand est ce que vous livrez ?", false)).isEqualTo("order-status");
        assertThat(matched("ma commande arrive quand ?", false)).isEqualTo("order-status");
        assertThat(matched("Quels sont vos horaires d’ouverture ?", false)).isEqualTo("opening-hours");
        assertThat(matched("I would like a refund please", false)).isEqualTo("returns");
        assertThat(matched("are you open on sundays", false)).isEqualTo("opening-hours");
    }

    @Test
    void entriesForIncidentsOnlyAreMatchedOnlyDuringOne() {
        assertThat(matched("pourquoi vous ne répondez plus sur messenger", true)).isEqualTo("messenger-down");
        assertThat(matched("pourquoi vous ne répondez plus sur messenger", false)).isNotEqualTo("messenger-down");
        assertThat(faq.active(false)).extracting(FaqEntry::id).doesNotContain("messenger-down", "outage-orders");
        assertThat(faq.active(true)).extracting(FaqEntry::id).contains("messenger-down", "order-status");
    }

    @Test
    void aQuestionTheFaqDoesNotCoverFindsNothing() {
        assertThat(matched("quel temps fera-t-il demain à Lyon", true)).isNull();
        assertThat(matched("", true)).isNull();
    }

    @Test
    void answersAreFilledFromTheProfileAndASentenceNamingAnEmptyFieldIsLeftOut() {
        FaqEntry contact = faq.byId("contact").orElseThrow();
        FaqEntry hours = faq.byId("opening-hours").orElseThrow();
        faq.fillFrom(() -> profile("contact@boutique-dupont.fr", null, null));
        assertThat(faq.answer(contact, Locale.FRENCH)).contains("Vous pouvez nous écrire à contact@boutique-dupont.fr. "
                + "Vous pouvez aussi laisser votre demande ici avec « Écrire à l’équipe ».");
        assertThat(faq.answer(hours, Locale.FRENCH)).as("nothing left to say: no answer, the team is offered").isEmpty();
        faq.fillFrom(() -> profile(null, "04 78 00 00 00",
                new LocalizedText("du lundi au vendredi, de 9 h à 18 h", "Monday to Friday, 9 am to 6 pm")));
        assertThat(faq.answer(hours, Locale.ENGLISH)).contains("Our team answers: Monday to Friday, 9 am to 6 pm.");
        assertThat(faq.answer(contact, Locale.ENGLISH)).hasValueSatisfying(a -> assertThat(a)
                .startsWith("You can call us on 04 78 00 00 00. Hours: Monday to Friday").doesNotContain("{").doesNotContain("write to us at"));
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
                .hasMessageContaining("faq-broken/duplicate-code.yml").hasMessageContaining("The short code “same” is already used by another question.");
        assertThatThrownBy(() -> Faq.load(getClass().getClassLoader(), "faq-broken/no-english-answer.yml"))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("faq-broken/no-english-answer.yml, line ")
                .hasMessageContaining("'en'");
        assertThatThrownBy(() -> new FaqEntry("price", "prix", new LocalizedText("Prix ?", "Price?"), null,
                new LocalizedText("Voir {tarifs}.", "See {prices}."), null, null, null))
                .hasMessageContaining("The answer names {tarifs}, which does not exist.")
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.in(Messages.of("fr")))
                        .startsWith("La réponse cite {tarifs}, qui n’existe pas. Celles qui existent : {").contains("{email}"));
    }

    private static BusinessProfile profile(String email, String phone, LocalizedText hours) {
        return new BusinessProfile("Boutique Dupont", email, phone, null, null, hours, List.of("fr"), null, null,
                BusinessProfiles.load().channels(), null, null);
    }
}
