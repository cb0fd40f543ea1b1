package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.relais.catalog.CatalogException;
import app.relais.catalog.CatalogLoader;
import app.relais.core.RelaisCore;
import app.relais.testing.MutableClock;
import app.relais.testing.TestRelais;
import org.junit.jupiter.api.Test;

/** A {@code choice} evidence item: its options come from the catalog and are offered as buttons. */
class ChoiceEvidenceTest {

    private static CatalogLoader catalog(String name) {
        return new CatalogLoader(ChoiceEvidenceTest.class.getClassLoader(), "dossier-catalog/" + name);
    }

    @Test
    void aChoiceIsAnsweredByButtonOrByTypingAnOption() {
        TestRelais relais = new TestRelais(MutableClock.at("2026-11-21T20:00:00Z"),
                RelaisCore.builder().catalog(catalog("choice").load()));
        relais.french()
                .send("/start")
                .tap("Démo")
                .tap("Faux événement")
                .tap("Préparer ma demande")
                .expectReply(containing("(1/2) Votre rôle"))
                .expectReply(withChoice("Organisateur"))
                .expectReply(withChoice("Participant"))
                .send("spectateur")
                .expectReply(containing("Choisissez l’une des réponses proposées"))
                .tap("Participant")
                .expectReply(containing("Noté : Participant"))
                .expectReply(containing("(2/2) Lien de l’événement"))
                .send("/back")
                .expectReply(containing("Déjà noté : Participant"))
                .send("1")
                .expectReply(containing("Noté : Organisateur"));
    }

    @Test
    void aChoiceWithoutOptionsStopsTheStartWithTheFileAndLine() {
        assertThatThrownBy(catalog("choice-without-options")::load).isInstanceOf(CatalogException.class)
                .hasMessageContaining("dossier-catalog/choice-without-options/platform.yml, line")
                .hasMessageContaining("needs at least two 'options'");
    }
}
