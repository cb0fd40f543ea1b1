package app.relais.bot.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.webchat.testing.ChatClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port with Messenger pointed at the fake Graph API: a Messenger
 * customer carrying on in the web chat with their dossier, and a Messenger outage found from the
 * failing sends, shown on the status page and in an open widget, and ended once sends succeed,
 * with the replies that waited delivered in order.
 */
// The outage first: the monitor's window then holds no successful sends of the other test.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.session-secret=messenger-test-secret-messenger-test-secret",
        "spring.datasource.url=jdbc:h2:mem:messenger-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=./target/messenger-test-data",
        "relais.admin.token=messenger-test-admin-token",
        "relais.public-url=https://relais.example.org",
        "relais.messenger.page-token=" + FakeGraphApi.PAGE_TOKEN,
        "relais.messenger.app-secret=" + FakeGraphApi.APP_SECRET,
        "relais.messenger.verify-token=" + FakeGraphApi.VERIFY_TOKEN,
        "relais.messenger.order-window=0s",
        "relais.messenger.recovery-after=3s",
        "relais.detection.check-every=PT0.2S"})
class MessengerApplicationTest {

    private static final FakeGraphApi GRAPH = fake();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern LINK = Pattern.compile("\\?continue=(c1\\.[A-Za-z0-9_.-]+)");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void graphApi(DynamicPropertyRegistry registry) {
        registry.add("relais.messenger.api-url", () -> GRAPH.url().toString());
    }

    @AfterAll
    static void closeGraph() {
        GRAPH.close();
    }

    @Test
    @Order(2)
    void aMessengerCustomerCarriesOnInTheWebChatWithTheirDossierOnceOnly() throws Exception {
        WebhookOverHttp meta = new WebhookOverHttp(base(), GRAPH);
        MessengerPerson jeanne = meta.person("6180230961927601")
                .says("mon compte Facebook a été piraté").expect("Compte Facebook piraté")
                .taps("Oui, c’est ça").expect("facebook.com/hacked")
                .taps("Préparer ma demande").expect("(1/5)")
                .says("https://www.facebook.com/jeanne.martin").expect("(2/5)")
                .says("jeanne.martin@example.fr").expect("(3/5)")
                .says("/continue").expect("Reprendre sur le site").expect("https://relais.example.org/?continue=");
        String token = token(jeanne.fresh());

        try (ChatClient web = ChatClient.connect(base())) {
            web.helloContinuing(token).expect("(3/5)");
            web.say("12/11/2026 21:30").expect("jeudi 12 novembre 2026 à 21:30");
            web.say("/dossier").expect("https://www.facebook.com/jeanne.martin").expect("jeanne.martin@example.fr");
        }
        try (ChatClient someoneElse = ChatClient.connect(base())) {
            someoneElse.helloContinuing(token).expectError("continuation_refused").expect("Relais");
            someoneElse.say("/dossier");
            assertThat(someoneElse.lastText()).doesNotContain("jeanne.martin");
        }
        try (ChatClient forger = ChatClient.connect(base())) {
            forger.helloContinuing(token.substring(0, token.length() - 2) + "xx").expectError("continuation_refused");
        }
        // The Messenger conversation is where it was.
        jeanne.says("12/11/2026 21:30").expect("jeudi 12 novembre 2026 à 21:30");
    }

    @Test
    @Order(1)
    void aMessengerOutageIsDeclaredShownAndEndedAndTheRepliesThatWaitedArriveInOrder() throws Exception {
        WebhookOverHttp meta = new WebhookOverHttp(base(), GRAPH);
        try (ChatClient widget = ChatClient.connect(base())) {
            widget.hello().expect("Relais");
            GRAPH.failSends(FakeGraphApi.Fault.TEMPORARY_1200);
            MessengerPerson alice = meta.person("6180230961927611").says("/start");
            MessengerPerson bruno = meta.person("6180230961927612").says("mon compte Instagram a été piraté");
            GRAPH.failSends(FakeGraphApi.Fault.HTTP_500);
            alice.says("mon compte Facebook a été piraté");
            MessengerPerson chloe = meta.person("6180230961927613").says("mon compte WhatsApp a été banni");

            JsonNode messenger = await(() -> channel("messenger"), c -> c.path("status").asText().equals("outage"));
            assertThat(messenger.path("message").path("fr").asText()).contains("détectée automatiquement");
            assertThat(awaitBanner(widget).path("text").asText()).contains("Nos messages n’arrivent plus");
            assertThat(alice.received()).isEmpty();
            assertThat(bruno.received()).isEmpty();
            await(() -> adminGet("/api/admin/notices"), n -> n.toString().contains("déclaré automatiquement"));

            // An administrator confirms it and writes the end message in advance.
            assertThat(adminSend("POST", "/api/admin/incidents/messenger/confirm", "{}")).isEqualTo(200);
            assertThat(adminSend("PUT", "/api/admin/incidents/messenger/recovery-message",
                    "{\"fr\":\"Messenger refonctionne : merci de votre patience.\",\"en\":\"Messenger works again.\"}"))
                    .isEqualTo(200);
            assertThat(adminGet("/api/admin/detection").get(0).path("openIncident").path("confirmedBy").asText())
                    .as("confirmed in the name of who asked: here the automation token").isEqualTo("RELAIS_ADMIN_TOKEN");

            GRAPH.recover();
            alice.expect("Compte Facebook piraté");
            bruno.expect("Compte Instagram piraté");
            chloe.expect("WhatsApp");
            await(() -> channel("messenger"), c -> c.path("status").asText().equals("operational"));
            JsonNode ended = status().path("incidents").get(0);
            assertThat(ended.path("status").asText()).isEqualTo("resolved");
            assertThat(ended.path("detectedAutomatically").asBoolean()).isTrue();
            assertThat(ended.path("updates").get(ended.path("updates").size() - 1).path("message").path("fr").asText())
                    .isEqualTo("Messenger refonctionne : merci de votre patience.");
            assertThat(awaitBanner(widget).path("text").isNull()).isTrue();

            // Each person's replies came in the order they wrote.
            List<String> toAlice = alice.received().stream().map(FakeGraphApi.Call::text).toList();
            assertThat(toAlice.indexOf(toAlice.stream().filter(t -> t.contains("Relais")).findFirst().orElseThrow()))
                    .isLessThan(toAlice.indexOf(toAlice.stream().filter(t -> t.contains("Compte Facebook piraté"))
                            .findFirst().orElseThrow()));
        } finally {
            GRAPH.recover();
        }
    }

    private static FakeGraphApi fake() {
        try {
            return new FakeGraphApi();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    static String token(List<FakeGraphApi.Call> calls) {
        for (FakeGraphApi.Call call : calls) {
            Matcher link = LINK.matcher(call.text());
            if (link.find()) {
                return link.group(1);
            }
        }
        throw new AssertionError("no /continue link in " + calls.stream().map(FakeGraphApi.Call::text).toList());
    }

    private JsonNode status() throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(base().resolve("/api/status")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode channel(String id) throws Exception {
        for (JsonNode channel : status().path("channels")) {
            if (channel.path("id").asText().equals(id)) {
                return channel;
            }
        }
        throw new AssertionError("no channel " + id + " on /api/status");
    }

    private JsonNode adminGet(String path) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(base().resolve(path))
                .header("Authorization", "Bearer messenger-test-admin-token").build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private int adminSend(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(base().resolve(path))
                .header("Authorization", "Bearer messenger-test-admin-token").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static JsonNode awaitBanner(ChatClient widget) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            widget.flush();
            for (JsonNode frame : widget.last()) {
                if (ChatClient.type(frame).equals("banner")) {
                    return frame;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no banner reached the open widget");
    }

    interface Read {
        JsonNode get() throws Exception;
    }

    private static JsonNode await(Read read, Predicate<JsonNode> test) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode value = read.get();
        while (!test.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still " + value);
            }
            Thread.sleep(50);
            value = read.get();
        }
        return value;
    }
}
