package app.relais.bot.triage;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.relais.catalog.CatalogLoader;
import app.relais.triage.NaiveBayesTriage;
import app.relais.triage.Triage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The triage API as a website calls it. It is public: the application's security chains cover only
 * the desk and the admin API, and this slice, which does not load them, would otherwise get Spring
 * Boot's default one (everything behind a sign-in).
 */
@WebMvcTest(TriageController.class)
@AutoConfigureMockMvc(addFilters = false)
class TriageControllerTest {

    @TestConfiguration
    static class RealTriage {
        @Bean
        Triage triage() {
            return new NaiveBayesTriage(new CatalogLoader().load());
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aSentenceGetsItsProblemConfidenceAndCandidates() throws Exception {
        mvc.perform(get("/api/triage").param("text", "jai ete pirater sur fb").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problem").value("facebook/account-hacked"))
                .andExpect(jsonPath("$.confidence").value(greaterThan(0.5)))
                .andExpect(jsonPath("$.candidates").isArray())
                .andExpect(jsonPath("$.platform").value("facebook"));
    }

    @Test
    void nothingFitsGivesANullProblem() throws Exception {
        mvc.perform(get("/api/triage").param("text", "zzzz qqqq").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problem").isEmpty());
    }

    @Test
    void aMissingTextIsABadRequestExplainedInTheRequestedLanguage() throws Exception {
        mvc.perform(get("/api/triage").param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.message").value(containsString("obligatoire")));
        mvc.perform(get("/api/triage").param("text", " ").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("required")));
    }

    @Test
    void anOversizedTextIsRefused() throws Exception {
        mvc.perform(get("/api/triage").param("text", "a".repeat(4001)).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("too_large"))
                .andExpect(jsonPath("$.message").value(containsString("4000")));
        mvc.perform(get("/api/triage").param("text", "facebook ".repeat(444)).param("lang", "en"))
                .andExpect(status().isOk());
    }
}
