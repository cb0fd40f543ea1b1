package app.relais.support;

import app.relais.catalog.Catalog;
import app.relais.catalog.CatalogLoader;
import app.relais.catalog.Problem;
import app.relais.testing.CatalogJourney;
import app.relais.testing.TestRelais;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every problem of the catalog, in French and in English, goes from its first sentence through the
 * honest advice (official channel first; each email said unofficial, or why there is none) to a
 * delivered request.
 */
class EveryProblemJourneyTest {

    private static final Catalog CATALOG = new CatalogLoader().load();
    private final TestRelais relais = new TestRelais();

    static Stream<Arguments> problems() {
        return CATALOG.problems().stream().flatMap(p -> Stream.of(
                Arguments.of(p.fullId(), Locale.FRANCE), Arguments.of(p.fullId(), Locale.UK)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("problems")
    void theProblemWalksFromItsFirstSentenceToADeliveredRequest(String id, Locale locale) {
        Problem problem = CATALOG.require(id);
        CatalogJourney.walk(relais.newConversation(locale), problem, CATALOG, locale);
    }
}
