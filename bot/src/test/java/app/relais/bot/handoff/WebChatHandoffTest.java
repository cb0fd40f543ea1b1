package app.relais.bot.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.core.RelaisCore;
import app.relais.handoff.Ticket;
import app.relais.webchat.testing.ChatClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A customer on the web chat during a Messenger outage: the banner appears live when the admin
 * declares the incident, the customer asks for a human, an agent answers from the admin inbox and
 * the answer arrives as an {@code agent} frame; an answer written while the customer is away is
 * delivered when they come back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.admin.token=handoff-admin-token",
        "relais.session-secret=handoff-test-secret-handoff-test-secret",
        "spring.datasource.url=jdbc:h2:mem:web-handoff;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=target/web-handoff-test"})
class WebChatHandoffTest {

    @LocalServerPort
    int port;

    @Autowired
    RelaisCore core;

    private final HttpClient http = HttpClient.newHttpClient();

    private URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private int admin(String method, String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base().resolve(path))
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer handoff-admin-token").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** Tokens are {@code v1.<session id>.<signature>}. */
    private static String sessionIdOf(String token) {
        return token.split("\\.")[1];
    }

    private static List<JsonNode> framesOfType(ChatClient chat, String type) {
        return chat.last().stream().filter(f -> ChatClient.type(f).equals(type)).toList();
    }

    @Test
    void theBannerGoesLiveAndAnAgentsAnswerReachesTheCustomerNowOrWhenTheyComeBack() throws Exception {
        try (ChatClient customer = ChatClient.connect(base())) {
            customer.hello().expect("Relais");

            assertThat(admin("PUT", "/api/admin/incidents/messenger",
                    "{\"status\":\"outage\",\"message\":{\"fr\":\"Messenger ne répond plus\",\"en\":\"Messenger is down\"}}"))
                    .isEqualTo(200);
            customer.flush();
            assertThat(framesOfType(customer, "banner")).singleElement()
                    .satisfies(b -> assertThat(b.get("text").asText()).contains("Messenger ne répond plus"));

            customer.say("/human").expect("je passe la main");
            Ticket ticket = core.handoff().activeFor(new app.relais.conversation.ConversationKey("web", sessionIdOf(customer.token()))).orElseThrow();
            assertThat(admin("POST", "/api/admin/tickets/" + ticket.id() + "/take", "{\"agent\":\"Camille\"}")).isEqualTo(200);
            assertThat(admin("POST", "/api/admin/tickets/" + ticket.id() + "/reply",
                    "{\"agent\":\"Camille\",\"text\":\"Bonjour, je regarde votre commande.\"}")).isEqualTo(200);
            customer.flush();
            assertThat(framesOfType(customer, "agent")).singleElement().satisfies(a -> {
                assertThat(a.get("name").asText()).isEqualTo("Camille");
                assertThat(a.get("text").asText()).isEqualTo("Bonjour, je regarde votre commande.");
            });

            String token = customer.token();
            customer.close();
            assertThat(admin("POST", "/api/admin/tickets/" + ticket.id() + "/reply",
                    "{\"agent\":\"Camille\",\"text\":\"Votre colis part demain.\"}")).isEqualTo(200);

            try (ChatClient back = ChatClient.connect(base())) {
                back.hello(token);
                assertThat(framesOfType(back, "banner")).hasSize(1);
                assertThat(framesOfType(back, "agent")).singleElement()
                        .satisfies(a -> assertThat(a.get("text").asText()).isEqualTo("Votre colis part demain."));
                back.flush();
                assertThat(framesOfType(back, "agent")).as("delivered once").isEmpty();
            }
        } finally {
            admin("DELETE", "/api/admin/incidents/messenger", "{}");
        }
    }
}
