package app.relais.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.relais.testing.MutableClock;
import app.relais.webchat.testing.ChatClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Every limit of DESIGN.md hit in the middle of a real journey on the whole application: each one
 * answered in French with what to do, and the dossier intact afterwards, the journey going on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {OpsApp.SECRET, OpsApp.DATA, OpsApp.JSON_LOGS, OpsApp.DEBUG, OpsApp.COMPONENTS})
@Import(OpsClock.class)
@AutoConfigureObservability
class LimitsJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    @Test
    void everyLimitIsExplainedInFrenchAndTheDossierSurvivesThemAll() throws Exception {
        try (ChatClient chat = ChatClient.connect(OpsApp.base(port))) {
            OpsApp.walkToTheEvidence(chat);

            chat.say("Le pirate a tout changé. ".repeat(170)).expectError("too_large");
            assertThat(error(chat)).containsPattern("4.000 caractères").contains("plusieurs fois");
            chat.exchange("{\"type\":\"text\",\"text\":\"" + "é".repeat(4500) + "\"}").expectError("too_large");
            assertThat(error(chat)).contains("8 Kio");
            chat.exchange("{\"type\":\"text\",\"text\":").expectError("bad_request");
            assertThat(error(chat)).contains("format invalide");

            byte[] png = OpsApp.fixture("alerte-facebook.png");
            HttpResponse<String> huge = chat.upload("capture.png", Arrays.copyOf(png, 10 * 1024 * 1024 + 1), chat.token());
            assertThat(huge.statusCode()).isEqualTo(413);
            assertThat(JSON.readTree(huge.body()).get("message").asText()).contains("10 Mo");
            HttpResponse<String> script = chat.upload("capture.png",
                    "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8), chat.token());
            assertThat(script.statusCode()).isEqualTo(415);
            assertThat(JSON.readTree(script.body()).get("message").asText()).contains("images");
            chat.exchange("{\"type\":\"attachment\",\"upload\":\"not-mine\"}").expectError("unknown_upload");
            assertThat(error(chat)).contains("envoyez-le à nouveau");

            // 6 messages count so far: 5 steps and the attachment frame (what the parser refuses is not counted).
            for (int sent = 6; sent < 20; sent++) {
                chat.say("/status");
            }
            chat.say("/status").expectError("rate_limited");
            assertThat(error(chat)).contains("attendez quelques secondes");
            assertThat(chat.isOpen()).isTrue();
            clock.advance(Duration.ofSeconds(10));

            chat.say("/dossier").expect("https://www.facebook.com/jeanne.martin").expect("jeanne.martin@example.fr");
            chat.say("12/11/2026 21:30").expect("jeudi 12 novembre 2026 à 21:30").tap("Oui, c’est juste").expect("(4/5)");
        }
    }

    @Test
    void strangersAreToldAndRefusedWithoutTouchingAnyConversation() {
        try (ChatClient forged = ChatClient.connect(OpsApp.base(port))) {
            forged.hello("c2Vzc2lvbg.forged-signature").expectError("unknown_session").expect("Relais");
            assertThat(error(forged)).contains("Je ne retrouve pas votre conversation");
        }
        assertThatThrownBy(() -> ChatClient.connect(OpsApp.base(port), Map.of("Origin", "https://evil.example")))
                .hasRootCauseMessage("Unexpected HTTP response status code 403");
        assertThat(OpsApp.get(port, "/api/admin/incidents").statusCode()).isEqualTo(401);
    }

    private static String error(ChatClient chat) {
        return chat.last().stream().filter(f -> ChatClient.type(f).equals("error")).map(f -> f.get("message"))
                .map(JsonNode::asText).findFirst().orElseThrow(() -> new AssertionError("no error in " + chat.lastText()));
    }
}
