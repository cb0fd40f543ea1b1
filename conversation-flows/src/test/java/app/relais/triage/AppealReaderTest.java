package app.relais.triage;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.CatalogLoader;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a person stands with an appeal, read from what they type with the catalog's cues (catalog/appeals.yml). */
class AppealReaderTest {

    private static final AppealReader READER = new AppealReader(new CatalogLoader().load());

    @ParameterizedTest(name = "\"{0}\" says {1}")
    @CsvSource(delimiter = '|', value = {
            "ma demande de réexamen whatsapp a été refusée | REFUSED",
            "ma demande de reexamen a ete refusee | REFUSED",
            "j’ai fait appel sur tiktok et c’est refusé | REFUSED",
            "tiktok a rejeté mon appel | REFUSED",
            "instagram disabled my account and my appeal was rejected | REFUSED",
            "youtube upheld the termination after my appeal | REFUSED",
            "mon appel est toujours en cours | PENDING",
            "j’ai demandé un examen il y a 3 jours, toujours rien | PENDING",
            "my appeal is still pending | PENDING",
            "mon numéro whatsapp est banni | NONE",
            "facebook a refusé ma pub | NONE",
            "whatsapp a refusé mon paiement | NONE",
            "je veux faire appel de mon bannissement | NONE",
    })
    void aDescriptionStatesAStatusOnlyWhenItNamesAnAppealAndItsOutcome(String text, String expected) {
        Optional<AppealReader.Status> said = READER.said(text);
        assertThat(said.map(Enum::name).orElse("NONE")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" answers {1}")
    @CsvSource(delimiter = '|', value = {
            "non | NOT_YET",
            "Non pas encore | NOT_YET",
            "nan jamais | NOT_YET",
            "not yet | NOT_YET",
            "oui | YES",
            "ouais déjà | YES",
            "yes | YES",
            "oui g demandé mais ils ont refusé | REFUSED",
            "c’est refusé | REFUSED",
            "they said no | REFUSED",
            "j’attends | PENDING",
            "non toujours rien | PENDING",
            "no answer yet | PENDING",
            "je sais pas | UNSURE",
            "jsp | UNSURE",
            "no idea | UNSURE",
            "banane | NONE",
    })
    void anAnswerIsReadStrongestFirst(String text, String expected) {
        assertThat(READER.answer(text).map(Enum::name).orElse("NONE")).isEqualTo(expected);
    }
}
