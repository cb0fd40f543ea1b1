package app.relais.webchat.page;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.relais.webchat.WebChatProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** What the widget asks the server from somebody else's page: its sentences and whether that page may connect. */
@WebMvcTest(controllers = {PageTextsController.class, WidgetAccessController.class},
        properties = "relais.allowed-origins=https://shop.example,http://localhost:*")
@Import(WidgetCorsConfiguration.class)
class WidgetEndpointsTest {

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(WebChatProperties.class)
    static class Properties {
    }

    @Autowired
    MockMvc http;

    @Test
    void anAllowedSiteIsToldItMayConnect() throws Exception {
        http.perform(get("/api/chat/origin").header("Origin", "https://shop.example"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowed").value(true));
        http.perform(get("/api/chat/origin").header("Origin", "http://localhost:5173"))
                .andExpect(jsonPath("$.allowed").value(true));
    }

    @Test
    void aSiteThatIsNotAllowedCanReadThatItIsNot() throws Exception {
        http.perform(get("/api/chat/origin").header("Origin", "https://elsewhere.example"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(jsonPath("$.allowed").value(false))
                .andExpect(jsonPath("$.origin").value("https://elsewhere.example"));
    }

    @Test
    void theWidgetSentencesAreReadableFromAnyOriginInBothLanguages() throws Exception {
        http.perform(get("/api/chat/texts?lang=en").header("Origin", "https://elsewhere.example"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(jsonPath("$.open").value("Open the support chat"))
                .andExpect(jsonPath("$.origin-refused", containsString("{0}")));
        http.perform(get("/api/chat/texts?lang=fr"))
                .andExpect(jsonPath("$.mail-app").value("Ouvrir dans ma messagerie"))
                .andExpect(jsonPath("$.attach-hint", containsString("10 Mo")));
    }
}
