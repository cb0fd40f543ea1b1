package app.relais.offscript;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.relais.catalog.CatalogException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The intents file names flows by id: a misspelt one stops the start (docs/offscript.md, "The data"). */
class IntentsFileTest {

    private static final List<String> FLOWS = List.of("support-request", "outage-fallback", "crisis-kit");

    @Test
    void anIntentHeardOnlyInAFlowThatDoesNotExistStopsTheStart() {
        Intents intents = Intents.load(getClass().getClassLoader(), "offscript/broken/unknown-flow.yml");
        assertThatThrownBy(() -> intents.checkFlows(FLOWS)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("intent 'price'").hasMessageContaining("'support-requests'");
    }

    @Test
    void aReplyPlacedInAFlowThatDoesNotExistStopsTheStart() {
        Intents intents = Intents.load(getClass().getClassLoader(), "offscript/broken/unknown-reply-place.yml");
        assertThatThrownBy(() -> intents.checkFlows(FLOWS)).isInstanceOf(CatalogException.class)
                .hasMessageContaining("intent 'how-long'").hasMessageContaining("'outage'");
    }

    @Test
    void theShippedIntentsNameOnlyFlowsThatExist() {
        assertThatCode(() -> Intents.load().checkFlows(FLOWS)).doesNotThrowAnyException();
    }
}
