package app.relais.webchat.page;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import app.relais.catalog.LocalizedText;
import app.relais.core.RelaisCore;
import app.relais.outage.BusinessProfile;
import app.relais.outage.ServiceStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * During an incident the chat is the business's line to its customers: the widget's header gives
 * the business's name and says its team answers, in either language; otherwise it is Relais's.
 */
@WebMvcTest(controllers = PageTextsController.class)
class BusinessHeaderTest {

    @Autowired
    MockMvc http;

    @Autowired
    RelaisCore core;

    @Test
    void theHeaderSpeaksForTheBusinessOnlyDuringAnIncident() throws Exception {
        core.profiles().update(new BusinessProfile("Boutique Dupont", null, null, null, null, null, List.of("fr", "en"),
                null, null, core.profiles().current().channels(), "test", Instant.now()), "test", Instant.now());
        http.perform(get("/api/chat/texts?lang=fr"))
                .andExpect(jsonPath("$.widget-title").value("Relais, aide aux demandes"));

        core.outage().declare("messenger", ServiceStatus.OUTAGE,
                new LocalizedText("Messenger est en panne.", "Messenger is down."), null);
        http.perform(get("/api/chat/texts?lang=fr"))
                .andExpect(jsonPath("$.widget-title").value("Boutique Dupont"))
                .andExpect(jsonPath("$.subtitle").value("Notre équipe vous répond ici."));
        http.perform(get("/api/chat/texts?lang=en"))
                .andExpect(jsonPath("$.widget-title").value("Boutique Dupont"))
                .andExpect(jsonPath("$.subtitle").value("Our team answers you here."));

        core.outage().clear("messenger", null);
        http.perform(get("/api/chat/texts?lang=en"))
                .andExpect(jsonPath("$.widget-title").value("Relais support"));
    }
}
