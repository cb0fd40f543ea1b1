package app.relais.offscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The recognizer keeps its floor on the evaluation set, which stays apart from the examples it learns from. */
class OffScriptAccuracyTest {

    private final Intents intents = Intents.load();

    @Test
    void atLeastNinetyFivePercentOfTheEvaluationSetIsReadRightAndNoStoryIsEaten() {
        var utterances = OffScriptEvaluation.load();
        assertThat(utterances).hasSizeGreaterThanOrEqualTo(200);
        OffScriptEvaluation.Report report = OffScriptEvaluation.run(new Recognizer(intents), utterances);
        assertThat(report.accuracy()).as(report.describe()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.outcomes()).as(report.describe())
                .filteredOn(o -> o.utterance().expected().equals("none") && o.utterance().awaiting() == Awaiting.FREE_TEXT)
                .allMatch(OffScriptEvaluation.Outcome::right);
    }

    @Test
    void theEvaluationSetSharesNoSentenceWithTheExamples() {
        Set<String> examples = new HashSet<>();
        intents.all().forEach(i -> {
            i.examples().fr().forEach(e -> examples.add(simple(e)));
            i.examples().en().forEach(e -> examples.add(simple(e)));
        });
        assertThat(OffScriptEvaluation.load()).extracting(u -> simple(u.text())).noneMatch(examples::contains);
    }

    @Test
    void everyIntentIsMeasuredInBothLanguages() {
        var utterances = OffScriptEvaluation.load();
        for (Intent intent : intents.all()) {
            for (String language : new String[] {"fr", "en"}) {
                assertThat(utterances).as(intent.id() + " in " + language)
                        .anyMatch(u -> u.expected().equals(intent.id()) && u.language().equals(language));
            }
        }
    }

    private static String simple(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
    }
}
