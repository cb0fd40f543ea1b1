package app.relais.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.core.RelaisCore;
import app.relais.testing.InMemoryChannel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole application: the admin API behind its token, the public status, the agent inbox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.admin.user=" + app.relais.bot.desk.DeskTeam.ADMIN,
        "relais.admin.password=" + app.relais.bot.desk.DeskTeam.ADMIN_PASSWORD,
        "relais.admin.token=s3cret-admin-token",
        "spring.datasource.url=jdbc:h2:mem:admin-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=target/admin-api-test"})
class AdminApiTest {

    private static final String TOKEN = "Bearer s3cret-admin-token";

    @LocalServerPort
    int port;

    @Autowired
    RelaisCore core;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> call(String method, String path, String authorization, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theAdminApiRefusesRequestsWithoutTheRightToken() throws Exception {
        assertThat(call("GET", "/api/admin/incidents", null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/admin/incidents", "Bearer wrong", null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/admin/incidents", "s3cret-admin-token", null).statusCode()).isEqualTo(401);
        assertThat(call("PUT", "/api/admin/incidents/messenger", "Bearer s3cret-admin-token-and-more",
                "{\"status\":\"outage\",\"message\":{\"fr\":\"x\",\"en\":\"x\"}}").statusCode()).isEqualTo(401);
        assertThat(core.outage().anyOpen()).isFalse();
        assertThat(call("GET", "/api/admin/incidents", TOKEN, null).statusCode()).isEqualTo(200);
    }

    @Test
    void anIncidentDeclaredThenClearedShowsOnThePublicStatus() throws Exception {
        HttpResponse<String> declared = call("PUT", "/api/admin/incidents/messenger", TOKEN,
                "{\"status\":\"outage\",\"message\":{\"fr\":\"Messenger <b>ne répond plus</b>\",\"en\":\"Messenger is down\"}}");
        assertThat(declared.statusCode()).isEqualTo(200);

        JsonNode status = json.readTree(call("GET", "/api/status", null, null).body());
        JsonNode messenger = status.get("channels").get(0);
        assertThat(messenger.get("id").asText()).isEqualTo("messenger");
        assertThat(messenger.get("status").asText()).isEqualTo("outage");
        assertThat(messenger.get("message").get("en").asText()).isEqualTo("Messenger is down");
        assertThat(messenger.get("since").asText()).isNotBlank();
        assertThat(messenger.get("expectedResolution").isNull()).isTrue();
        assertThat(status.get("channels").get(1).get("status").asText()).isEqualTo("operational");

        HttpResponse<String> page = call("GET", "/status", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("en panne").contains("Messenger &lt;b&gt;ne répond plus&lt;/b&gt;")
                .doesNotContain("<b>ne").contains("http-equiv=\"refresh\"").doesNotContain("https://");

        assertThat(call("DELETE", "/api/admin/incidents/messenger", TOKEN, null).statusCode()).isEqualTo(200);
        assertThat(call("DELETE", "/api/admin/incidents/messenger", TOKEN, null).statusCode()).isEqualTo(404);
        status = json.readTree(call("GET", "/api/status", null, null).body());
        assertThat(status.get("channels").get(0).get("status").asText()).isEqualTo("operational");
        assertThat(status.get("incidents").get(0).get("status").asText()).isEqualTo("resolved");
        assertThat(status.get("incidents").get(0).get("updates")).hasSize(2);
        assertThat(call("GET", "/status?lang=en", null, null).body()).contains("Incidents of the last 90 days")
                .contains("working normally");

        assertThat(call("PUT", "/api/admin/incidents/fax", TOKEN,
                "{\"status\":\"outage\",\"message\":{\"fr\":\"x\",\"en\":\"x\"}}").statusCode()).isEqualTo(400);
        assertThat(call("PUT", "/api/admin/incidents/email", TOKEN,
                "{\"status\":\"outage\",\"message\":{\"fr\":\"seulement en français\"}}").statusCode()).isEqualTo(400);
    }

    @Test
    void agentsNotOnTelegramWorkTheInboxFromTheAdminApi() throws Exception {
        InMemoryChannel channel = new InMemoryChannel();
        core.registerGateway(channel);
        ConversationKey customer = new ConversationKey(InMemoryChannel.NAME, "admin-api-customer");
        core.engine().handle(new Inbound.Text(customer, "/human", Locale.FRANCE));
        JsonNode inbox = json.readTree(call("GET", "/api/admin/tickets", TOKEN, null).body());
        String id = inbox.get(0).get("id").asText();

        assertThat(call("POST", "/api/admin/tickets/" + id + "/take", TOKEN, "{\"agent\":\"Camille\"}").statusCode())
                .isEqualTo(200);
        assertThat(call("POST", "/api/admin/tickets/" + id + "/reply", TOKEN, "{\"agent\":\"Camille\",\"code\":\"suivi\"}")
                .statusCode()).isEqualTo(200);
        assertThat(channel.pushedTo(customer)).extracting(Reply::text).last().asString()
                .startsWith("Camille (équipe) : Le suivi de votre commande");
        assertThat(core.engine().handle(new Inbound.Text(customer, "Merci, je regarde", Locale.FRANCE)).replies()).isEmpty();
        JsonNode view = json.readTree(call("GET", "/api/admin/tickets/" + id, TOKEN, null).body());
        assertThat(view.get("messages").findValuesAsText("text")).contains("Merci, je regarde");

        assertThat(call("POST", "/api/admin/tickets/" + id + "/close", TOKEN, "{\"agent\":\"Camille\"}").statusCode())
                .isEqualTo(200);
        assertThat(call("POST", "/api/admin/tickets/" + id + "/reply", TOKEN, "{\"agent\":\"Camille\",\"text\":\"?\"}")
                .statusCode()).isEqualTo(409);
        assertThat(call("POST", "/api/admin/tickets/T-NOPE99/take", TOKEN, "{\"agent\":\"Camille\"}").statusCode())
                .isEqualTo(404);
        assertThat(json.readTree(call("GET", "/api/admin/canned", TOKEN, null).body()).findValuesAsText("code"))
                .contains("suivi", "horaires");
        HttpResponse<String> page = call("GET", "/admin/index.html", null, null);
        assertThat(page.statusCode()).as("the desk is for signed-in people").isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/admin/login");
    }
}
