package app.relais.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A broken catalog stops the start with the file, the line and what is wrong. */
class CatalogLoaderTest {

    @Test
    void theShippedCatalogLoadsAndHasTheWalkingSkeletonProblems() {
        Catalog catalog = new CatalogLoader().load();
        assertThat(catalog.problem("facebook/account-hacked")).isPresent();
        assertThat(catalog.problem("facebook/content-removed")).isPresent();
        assertThat(catalog.problem("facebook/legal")).isPresent();
        assertThat(catalog.problem("whatsapp/account-banned")).isPresent();
        assertThat(catalog.require("facebook/account-hacked").emailChannel().orElseThrow().address())
                .isEqualTo("abuse@facebook.com");
    }

    @Test
    void unofficialAddressesAreNeverPresentedAsOfficial() {
        for (Problem problem : new CatalogLoader().load().problems()) {
            problem.emailChannel().ifPresent(email -> assertThat(email.official() && email.confidence() == Confidence.LOW)
                    .as(problem.fullId()).isFalse());
            assertThat(problem.channels().get(0).isEmail()).as(problem.fullId() + " leads with an official channel").isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "missing-label | 13 | label",
            "unknown-key | 16 | colour",
            "bad-email | 18 | email channel needs a valid 'address'",
            "bad-severity | 15 | unknown severity 'apocalyptic'",
            "one-language | 2 | both 'fr' and 'en'",
    })
    void aBrokenFileIsNamedWithItsLine(String fixture, int line, String what) {
        var loader = new CatalogLoader(getClass().getClassLoader(), "broken/" + fixture);
        assertThatThrownBy(loader::load).isInstanceOf(CatalogException.class)
                .hasMessageContaining("broken/" + fixture + "/platform.yml, line " + line)
                .hasMessageContaining(what);
    }
}
