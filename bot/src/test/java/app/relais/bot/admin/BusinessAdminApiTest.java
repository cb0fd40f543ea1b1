package app.relais.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.desk.DeskClient;
import app.relais.bot.desk.DeskTeam;
import app.relais.core.RelaisCore;
import app.relais.webchat.testing.ChatClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application, as the desk's pages use it: an administrator signed in edits the business
 * profile and the FAQ over {@code /api/admin} (session and CSRF header), in force at once in the web
 * chat and on the status page, kept under their display name and written to the audit log; the
 * report of an incident that customers lived through the web chat (JSON and CSV), with automation
 * answering through its bearer token. Same context as {@link AdminApiTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.admin.user=" + DeskTeam.ADMIN, "relais.admin.password=" + DeskTeam.ADMIN_PASSWORD,
        "relais.admin.token=s3cret-admin-token",
        "spring.datasource.url=jdbc:h2:mem:admin-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=target/admin-api-test"})
class BusinessAdminApiTest {

    private static final String TOKEN = "Bearer s3cret-admin-token";
    private static final String DUPONT = """
            {"name":"Boutique Dupont","email":"contact@boutique-dupont.fr","phone":"04 78 00 00 00",
             "hours":{"fr":"du lundi au vendredi, de 9 h à 18 h","en":"Monday to Friday, 9 am to 6 pm"},
             "languages":["fr","en"],"statusNote":{"fr":"Nous répondons ici pendant la panne de Messenger.",
             "en":"We answer here while Messenger is down."},"zone":"America/Montreal"}""";

    @LocalServerPort
    int port;

    @Autowired
    RelaisCore core;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private DeskClient camille;

    /** The administrator, signed in, under the name her colleagues know her by. */
    @BeforeEach
    void signIn() {
        camille = new DeskTeam(URI.create("http://127.0.0.1:" + port)).admin();
        assertThat(camille.call("PUT", "/api/admin/me", "{\"displayName\":\"Camille\",\"language\":\"fr\"}").statusCode())
                .isEqualTo(200);
    }

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

    private ChatClient chat() {
        return ChatClient.connect(URI.create("http://127.0.0.1:" + port));
    }

    /** Leaves the shared context as it found it: no incident, an empty profile, the seed FAQ. */
    @AfterEach
    void tidy() throws Exception {
        core.outage().open().forEach(i -> core.outage().clear(i.channel(), null));
        camille.call("PUT", "/api/admin/profile", "{\"languages\":[\"fr\",\"en\"]}");
        camille.call("DELETE", "/api/admin/faq/gift-cards", null);
    }

    @Test
    void theProfileEditedThroughTheApiShowsOnTheStatusPageAndInTheWebChatWelcome() throws Exception {
        assertThat(call("GET", "/api/admin/profile", null, null).statusCode()).isEqualTo(401);
        assertThat(call("PUT", "/api/admin/profile", "Bearer nope", DUPONT).statusCode()).isEqualTo(401);
        assertThat(camille.callWithoutCsrf("PUT", "/api/admin/profile", DUPONT).statusCode()).as("no CSRF header").isEqualTo(403);

        HttpResponse<String> saved = camille.call("PUT", "/api/admin/profile", DUPONT);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode profile = json.readTree(camille.get("/api/admin/profile").body());
        assertThat(profile.get("name").asText()).isEqualTo("Boutique Dupont");
        assertThat(profile.get("zone").asText()).isEqualTo("America/Montreal");
        assertThat(profile.get("zoneFromDefault").asBoolean()).isFalse();
        assertThat(profile.get("updatedBy").asText()).isEqualTo("Camille");
        assertThat(profile.get("contactForm").isNull()).isTrue();
        assertThat(camille.get("/api/admin/audit").body()).contains("\"action\":\"profile.update\"", "\"target\":\"Boutique Dupont\"",
                "\"name\":\"Camille\"");

        String page = call("GET", "/status", null, null).body();
        assertThat(page).contains("<h1>État des canaux de Boutique Dupont</h1>", "Nous répondons ici pendant la panne de Messenger.",
                "<a class=\"chat-link\" href=\"/\">Écrire dans le chat</a>", "href=\"mailto:contact@boutique-dupont.fr\"",
                "href=\"tel:0478000000\"", "du lundi au vendredi, de 9 h à 18 h", "français, anglais",
                "Heures indiquées à l’heure de Montreal.", "<span class=\"name\">E-mail</span>");
        JsonNode status = json.readTree(call("GET", "/api/status", null, null).body());
        assertThat(status.get("zone").asText()).isEqualTo("America/Montreal");
        assertThat(status.get("profile").get("contacts").findValuesAsText("kind")).containsExactly("email", "phone");

        core.outage().declare("messenger", app.relais.outage.ServiceStatus.OUTAGE,
                new app.relais.catalog.LocalizedText("Messenger est en panne.", "Messenger is down."), null);
        try (ChatClient customer = chat()) {
            customer.hello().expect("Bonjour, vous êtes bien chez Boutique Dupont : notre équipe vous répond ici.")
                    .expect("Vous pouvez aussi nous joindre par e-mail à contact@boutique-dupont.fr ou par téléphone au 04 78 00 00 00.")
                    .expect("(heure de Montreal)");
        }
    }

    @Test
    void aProfileTheApiCannotSaveIsRefusedSayingWhyAndNothingChanges() throws Exception {
        // Camille reads the desk in French: the reasons are French too; a token gets them in English.
        assertThat(json.readTree(camille.call("PUT", "/api/admin/profile",
                "{\"name\":\"Boutique Dupont\",\"hours\":{\"fr\":\"9 h - 18 h\"}}").body()).get("message").asText())
                .isEqualTo("Horaires d’ouverture : écrivez-le en français et en anglais, ou laissez les deux vides.");
        JsonNode email = json.readTree(camille.call("PUT", "/api/admin/profile", "{\"email\":\"contact chez dupont\"}").body());
        assertThat(email.get("error").asText()).isEqualTo("refused.email");
        assertThat(email.get("message").asText()).isEqualTo("« contact chez dupont » n’est pas une adresse e-mail.");
        assertThat(camille.call("PUT", "/api/admin/profile", "{\"zone\":\"Paris\"}").body())
                .contains("Fuseau horaire : « Paris » n’en est pas un. Écrivez-le comme Europe/Paris ou America/Montreal.");
        assertThat(call("PUT", "/api/admin/profile", TOKEN, "{\"phone\":\"appelez-nous\"}").body())
                .contains("“appelez-nous” is not a phone number: digits, spaces and + . - ( ) only.");
        HttpResponse<String> badUrl = camille.call("PUT", "/api/admin/profile", "{\"contactForm\":\"javascript:alert(1)\"}");
        assertThat(badUrl.statusCode()).isEqualTo(400);
        assertThat(json.readTree(camille.get("/api/admin/profile").body()).get("name").isNull()).isTrue();
        assertThat(call("GET", "/status", null, null).body()).as("no address, no email channel, no contact section")
                .contains("<h1>État de nos canaux</h1>").doesNotContain("<span class=\"name\">E-mail</span>")
                .doesNotContain("Nous joindre").doesNotContain("@");
    }

    @Test
    void theFaqEditedThroughTheApiIsAnsweredAtOnceInTheChat() throws Exception {
        JsonNode faq = json.readTree(camille.get("/api/admin/faq").body());
        assertThat(faq.get("entries").findValuesAsText("id")).contains("order-status", "messenger-down");
        assertThat(faq.get("variables").toString()).contains("{email}", "{hours}");

        String gifts = """
                {"shortCode":"cadeau","active":"always","question":{"fr":"Vendez-vous des cartes cadeaux ?","en":"Do you sell gift cards?"},
                 "examples":{"fr":["carte cadeau","bon d’achat à offrir"],"en":["gift card","gift voucher"]},
                 "answer":{"fr":"Oui, en boutique et sur le site.","en":"Yes, in the shop and online."}}""";
        HttpResponse<String> put = camille.call("PUT", "/api/admin/faq/gift-cards", gifts);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(json.readTree(put.body()).get("updatedBy").asText()).isEqualTo("Camille");
        try (ChatClient customer = chat()) {
            customer.hello().say("vous avez des cartes cadeau ?").expect("Oui, en boutique et sur le site.");
        }
        JsonNode match = json.readTree(call("GET", "/api/admin/faq/match?text=" + java.net.URLEncoder.encode(
                "une carte cadeau pour ma soeur ?", java.nio.charset.StandardCharsets.UTF_8), TOKEN, null).body());
        assertThat(match.get("entry").asText()).isEqualTo("gift-cards");

        assertThat(camille.call("PUT", "/api/admin/faq/prices", gifts.replace("cadeau\"", "prix\"")
                .replace("Oui, en boutique", "Voir {tarifs}")).body()).contains("La réponse cite {tarifs}, qui n’existe pas.");
        assertThat(camille.call("PUT", "/api/admin/faq/gift-cards-2", gifts).body())
                .contains("Le code court « cadeau » est déjà pris par une autre question.");
        assertThat(camille.call("POST", "/api/admin/faq/gift-cards/move", "{\"by\":-1}").statusCode()).isEqualTo(200);
        assertThat(camille.call("DELETE", "/api/admin/faq/gift-cards", null).statusCode()).isEqualTo(204);
        assertThat(camille.call("DELETE", "/api/admin/faq/gift-cards", null).statusCode()).isEqualTo(404);
        assertThat(camille.get("/api/admin/audit").body()).contains("\"action\":\"faq.save\"", "\"action\":\"faq.move\"",
                "\"action\":\"faq.delete\"", "\"target\":\"gift-cards\"");
        try (ChatClient customer = chat()) {
            customer.hello().say("vous avez des cartes cadeau ?").expect("pas de réponse toute prête");
        }
    }

    @Test
    void theReportOfATestIncidentCountsWhatCustomersLivedAndDownloadsAsCsv() throws Exception {
        String id = json.readTree(call("PUT", "/api/admin/incidents/messenger", TOKEN,
                "{\"status\":\"outage\",\"message\":{\"fr\":\"Messenger est en panne.\",\"en\":\"Messenger is down.\"}}")
                .body()).get("id").asText();
        String ticket;
        try (ChatClient asks = chat(); ChatClient wantsAPerson = chat(); ChatClient hacked = chat()) {
            asks.hello().say("quand est-ce que vous livrez ?").expect("e-mail de confirmation d’expédition")
                    .say("vous vendez des vélos ?").expect("pas de réponse toute prête");
            wantsAPerson.hello().say("je veux parler à un conseiller").expect("je passe la main");
            hacked.hello().say("mon compte instagram a été piraté hier soir").expect("Compte Instagram piraté");
            ticket = json.readTree(call("GET", "/api/admin/tickets", TOKEN, null).body()).get(0).get("id").asText();
            assertThat(call("POST", "/api/admin/tickets/" + ticket + "/reply", TOKEN,
                    "{\"agent\":\"Camille\",\"text\":\"Bonjour, je suis là.\"}").statusCode()).isEqualTo(200);
            call("POST", "/api/admin/tickets/" + ticket + "/close", TOKEN, "{\"agent\":\"Camille\"}");
        }
        assertThat(call("DELETE", "/api/admin/incidents/messenger", TOKEN, null).statusCode()).isEqualTo(200);

        assertThat(json.readTree(camille.get("/api/admin/reports").body()).findValuesAsText("id")).contains(id);
        JsonNode report = json.readTree(camille.get("/api/admin/reports/" + id).body());
        assertThat(report.get("open").asBoolean()).isFalse();
        assertThat(report.get("conversations").toString()).contains(
                "{\"channel\":\"web\",\"kind\":\"business\",\"count\":1}", "{\"channel\":\"web\",\"kind\":\"human\",\"count\":1}",
                "{\"channel\":\"web\",\"kind\":\"platform\",\"count\":1}");
        assertThat(report.get("handoffs").toString()).isEqualTo("[{\"channel\":\"web\",\"kind\":\"handoff\",\"count\":1}]");
        assertThat(report.get("firstAnswers").get("answered").asLong()).isEqualTo(1);
        assertThat(report.get("firstAnswers").get("waiting").asLong()).isZero();
        assertThat(report.get("questions").findValuesAsText("id")).containsExactly("order-status");
        assertThat(report.get("misses").findValuesAsText("text")).containsExactly("vous vendez des vélos ?");

        HttpResponse<String> csv = camille.get("/api/admin/reports/" + id + ".csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"" + id + ".csv\"");
        assertThat(csv.body()).startsWith("section,item,channel,value\r\nincident,id,," + id + "\r\n")
                .contains("conversations,total,,3\r\n", "handoffs,tickets,web,1\r\n", "first_answer,answered,,1\r\n",
                        "faq_question,order-status,,1\r\n", "faq_miss,vous vendez des vélos ?,,1\r\n");
        assertThat(call("GET", "/api/admin/reports/" + id + ".csv", null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/admin/reports/inc-nope.csv", TOKEN, null).statusCode()).isEqualTo(404);
    }
}
