package app.relais.bot.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.crash.RelaisProcess;
import app.relais.webchat.testing.ChatClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application with Messenger on, the fake Graph API failing every send (code 1200,
 * then HTTP 500): the incident is declared automatically within the outage window and shows on
 * {@code /api/status} and in a widget left open; when the fake recovers, it ends after the recovery
 * time, and the replies that waited reach each person in the order they wrote.
 */
class MessengerOutageIT {

    private static final Duration WINDOW = Duration.ofSeconds(40);
    private static final Duration RECOVERY = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMessengerOutageIsFoundAnnouncedAndEndedAndNoReplyIsLost() throws Exception {
        try (FakeGraphApi graph = new FakeGraphApi();
             RelaisProcess relais = new RelaisProcess(data, environment(graph)).start();
             ChatClient widget = ChatClient.connect(relais.base())) {
            widget.hello().expect("Relais");
            WebhookOverHttp meta = new WebhookOverHttp(relais.base(), graph);

            graph.failSends(FakeGraphApi.Fault.TEMPORARY_1200);
            Instant firstFailure = Instant.now();
            MessengerPerson alice = meta.person("6180230961927801").says("/start");
            MessengerPerson bruno = meta.person("6180230961927802").says("mon compte Instagram a été piraté");
            graph.awaitRefused(4, WINDOW);
            graph.failSends(FakeGraphApi.Fault.HTTP_500);
            alice.says("mon compte Facebook a été piraté");
            MessengerPerson chloe = meta.person("6180230961927803").says("mon compte WhatsApp a été banni");

            JsonNode declared = awaitStatus(relais.base(), "outage", WINDOW);
            assertThat(Duration.between(firstFailure, Instant.now())).isLessThan(WINDOW);
            assertThat(declared.path("message").path("fr").asText()).contains("détectée automatiquement");
            assertThat(banner(widget).path("level").asText()).isEqualTo("warning");
            assertThat(alice.received()).isEmpty();

            graph.recover();
            Instant recovered = Instant.now();
            alice.expect("Relais").expect("Compte Facebook piraté");
            bruno.expect("Compte Instagram piraté");
            chloe.expect("WhatsApp");
            awaitStatus(relais.base(), "operational", Duration.ofSeconds(60));
            assertThat(Duration.between(recovered, Instant.now())).isGreaterThanOrEqualTo(RECOVERY);
            assertThat(banner(widget).path("text").isNull()).isTrue();

            List<String> toAlice = alice.received().stream().map(FakeGraphApi.Call::text).toList();
            int greeting = indexOf(toAlice, "Relais");
            int answer = indexOf(toAlice, "Compte Facebook piraté");
            assertThat(greeting).isLessThan(answer);
        }
    }

    private static int indexOf(List<String> texts, String fragment) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(fragment)) {
                return i;
            }
        }
        throw new AssertionError("no message containing " + fragment + " in " + texts);
    }

    private JsonNode awaitStatus(URI base, String status, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        JsonNode messenger = null;
        while (System.nanoTime() < deadline) {
            JsonNode body = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/api/status")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode channel : body.path("channels")) {
                if (channel.path("id").asText().equals("messenger")) {
                    messenger = channel;
                }
            }
            if (messenger != null && messenger.path("status").asText().equals(status)) {
                return messenger;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Messenger is not " + status + " on /api/status: " + messenger);
    }

    private static JsonNode banner(ChatClient widget) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
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

    private static Map<String, String> environment(FakeGraphApi graph) {
        Map<String, String> env = MessengerCrashIT.environment(graph);
        env.put("RELAIS_MESSENGER_ORDER_WINDOW", "0s");
        env.put("RELAIS_MESSENGER_OUTAGE_FAILURES", "5");
        env.put("RELAIS_MESSENGER_OUTAGE_WINDOW", WINDOW.toSeconds() + "s");
        env.put("RELAIS_MESSENGER_RECOVERY_AFTER", RECOVERY.toSeconds() + "s");
        return env;
    }
}
