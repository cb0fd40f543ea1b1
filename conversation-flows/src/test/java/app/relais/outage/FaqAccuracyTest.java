package app.relais.outage;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.Catalog;
import app.relais.catalog.CatalogLoader;
import app.relais.catalog.Problem;
import app.relais.catalog.StrictYaml;
import app.relais.triage.TextAnalysis;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The FAQ and the routing of first words are measured, not assumed, on a labeled set written
 * apart from the FAQ's variants and the catalog's examples (docs/outage.md, "Measuring it").
 */
class FaqAccuracyTest {

    static final double TOP1_FLOOR = 0.90;
    static final double REJECTED_FLOOR = 0.80;
    static final double ROUTED_WRONG_CEILING = 0.03;
    static final double ROUTED_RIGHT_FLOOR = 0.85;

    private static final Catalog CATALOG = new CatalogLoader().load();
    private static final List<FaqEvaluation.Line> SET = FaqEvaluation.load();

    @Test
    void faqAnswersAndRoutingStayAboveTheirFloors() {
        FaqEvaluation.Report report = FaqEvaluation.run(CATALOG);
        assertThat(report.top1()).as(report.describe()).isGreaterThanOrEqualTo(TOP1_FLOOR);
        assertThat(report.rejected()).as(report.describe()).isGreaterThanOrEqualTo(REJECTED_FLOOR);
        assertThat(report.routedWrong()).as(report.describe()).isLessThanOrEqualTo(ROUTED_WRONG_CEILING);
        assertThat(report.routedRight()).as(report.describe()).isGreaterThanOrEqualTo(ROUTED_RIGHT_FLOOR);
    }

    @Test
    void theSetHasAHundredFaqQuestionsCoversEveryEntryAndBothLanguages() {
        List<FaqEvaluation.Line> faqLines = SET.stream().filter(FaqEvaluation.Line::answeredByFaq).toList();
        assertThat(faqLines).hasSizeGreaterThanOrEqualTo(100);
        assertThat(faqLines.stream().map(FaqEvaluation.Line::label).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Faq.load().entries().stream().map(FaqEntry::id).toList());
        assertThat(SET.stream().map(l -> l.locale().getLanguage()).collect(Collectors.toSet())).containsExactlyInAnyOrder("fr", "en");
        assertThat(SET).anyMatch(l -> l.label().equals(FaqEvaluation.NONE)).anyMatch(l -> l.label().equals(FaqEvaluation.PLATFORM))
                .anyMatch(l -> l.label().equals(FaqEvaluation.HUMAN));
    }

    @Test
    void noEvaluationLineIsAVariantAnExampleOrARoutingExample() {
        TextAnalysis analysis = new TextAnalysis();
        Set<List<String>> training = new HashSet<>();
        for (FaqEntry entry : Faq.load().entries()) {
            entry.examples().all().forEach(s -> training.add(analysis.everyWord(s)));
            training.add(analysis.everyWord(entry.question().fr()));
            training.add(analysis.everyWord(entry.question().en()));
        }
        for (Problem p : CATALOG.problems()) {
            p.examples().fr().forEach(s -> training.add(analysis.everyWord(s)));
            p.examples().en().forEach(s -> training.add(analysis.everyWord(s)));
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, List<String>>> routing = StrictYaml.read(getClass().getClassLoader(), VisitorRouter.RESOURCE, Map.class);
        routing.remove("polite");
        routing.values().forEach(byLanguage -> byLanguage.values().forEach(list -> list.forEach(s -> training.add(analysis.everyWord(s)))));
        assertThat(SET).filteredOn(l -> training.contains(analysis.everyWord(l.text()))).isEmpty();
    }
}
