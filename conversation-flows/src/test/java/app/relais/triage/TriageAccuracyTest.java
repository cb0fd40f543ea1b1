package app.relais.triage;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.Catalog;
import app.relais.catalog.CatalogLoader;
import app.relais.catalog.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The triage is measured, not assumed: on the labeled evaluation set it must stay above floors the
 * current model beats (measured: 98.5% top-1, 100% top-3; targets 90% and 98%).
 */
class TriageAccuracyTest {

    static final double TOP1_FLOOR = 0.94;
    static final double TOP3_FLOOR = 0.99;

    private static final Catalog CATALOG = new CatalogLoader().load();
    private static final List<TriageEvaluation.Utterance> SET = TriageEvaluation.load();

    @Test
    void accuracyStaysAboveTheFloor() {
        TriageEvaluation.Report report = TriageEvaluation.run(new NaiveBayesTriage(CATALOG), SET);
        assertThat(report.top1()).as(report.describe()).isGreaterThanOrEqualTo(TOP1_FLOOR);
        assertThat(report.top3()).as(report.describe()).isGreaterThanOrEqualTo(TOP3_FLOOR);
    }

    @Test
    void theSetIsLargeCoversEveryProblemAndBothLanguages() {
        assertThat(SET).hasSizeGreaterThanOrEqualTo(200);
        assertThat(SET.stream().map(TriageEvaluation.Utterance::expected).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(CATALOG.problems().stream().map(Problem::fullId).toList());
        assertThat(SET.stream().map(u -> u.locale().getLanguage()).collect(Collectors.toSet())).containsExactlyInAnyOrder("fr", "en");
    }

    @Test
    void noEvaluationSentenceIsATrainingExample() {
        Set<String> training = new HashSet<>();
        for (Problem p : CATALOG.problems()) {
            p.examples().fr().forEach(s -> training.add(TextAnalysis.fold(s).strip()));
            p.examples().en().forEach(s -> training.add(TextAnalysis.fold(s).strip()));
        }
        assertThat(SET).noneMatch(u -> training.contains(TextAnalysis.fold(u.text()).strip()));
    }

    @Test
    void confidencesAreProbabilities() {
        Triage triage = new NaiveBayesTriage(CATALOG);
        for (TriageEvaluation.Utterance u : SET) {
            TriageResult result = triage.classify(u.text(), u.locale());
            assertThat(result.confidence()).isBetween(0.0, 1.0);
            double total = result.confidence() + result.candidates().stream().mapToDouble(TriageResult.Candidate::confidence).sum();
            assertThat(total).as(u.text()).isLessThanOrEqualTo(1.01);
        }
    }
}
