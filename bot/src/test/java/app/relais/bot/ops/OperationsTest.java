package app.relais.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.testing.MutableClock;
import app.relais.webchat.testing.ChatClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What an operator sees while users walk a journey: the Prometheus scrape counts messages,
 * replies, delivered drafts and hand-offs per channel with a latency histogram and the active
 * conversations; the probes answer, readiness with the database; logs hold none of what users
 * wrote, with debug logs on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {OpsApp.SECRET, OpsApp.DATA, OpsApp.JSON_LOGS, OpsApp.DEBUG, OpsApp.COMPONENTS})
@Import(OpsClock.class)
@AutoConfigureObservability
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the user types below, each of which must never reach a log line. */
    private static final List<String> USER_TEXTS = List.of("mon compte Facebook a été piraté", "jeanne.martin",
            "Quokka-4471", "Wombat-9823", "Numbat-5150", "Okapi");

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    @Test
    void aJourneyShowsInTheMetricsAndNotInTheLogs(CapturedOutput output) {
        String before = scrape();
        try (ChatClient chat = ChatClient.connect(OpsApp.base(port))) {
            OpsApp.walkToTheEvidence(chat)
                    .say("12/11/2026 21:30").tap("Oui, c’est juste").expect("(4/5)")
                    .say("Quokka-4471 : mot de passe et adresse email changés").expect("(5/5)")
                    .tap("Passer").expect("Qui êtes-vous")
                    .tap("Titulaire du compte").expect("Racontez ce qui s’est passé")
                    .say("Wombat-9823 : le 12 novembre vers 21h30 j’ai reçu un email de changement de mot de passe.")
                    .expect("conséquences")
                    .say("Numbat-5150 : mon événement de samedi est annoncé sur ce compte.")
                    .tap("Me rendre l’accès à mon compte et annuler les modifications du pirate")
                    .expect("comment signer").say("Jeanne Okapi").tap("Sans contact")
                    .expect("À : abuse@facebook.com")
                    .tap("C’est parfait").expect("formulaire officiel")
                    .say("je veux parler à un humain").expect("je passe la main");
        }
        LoggerFactory.getLogger(OperationsTest.class).info("journey done");
        String after = scrape();
        String ours = after.lines().filter(l -> l.startsWith("relais_")).collect(java.util.stream.Collectors.joining("\n"));

        assertThat(value(after, "relais_messages_in_total") - value(before, "relais_messages_in_total")).as(ours)
                .isGreaterThanOrEqualTo(14);
        assertThat(value(after, "relais_messages_out_total") - value(before, "relais_messages_out_total"))
                .isGreaterThanOrEqualTo(14);
        assertThat(value(after, "relais_drafts_delivered_total") - value(before, "relais_drafts_delivered_total"))
                .isEqualTo(1);
        assertThat(value(after, "relais_handoffs_opened_total") - value(before, "relais_handoffs_opened_total"))
                .isEqualTo(1);
        assertThat(value(after, "relais_reply_latency_seconds_count") - value(before, "relais_reply_latency_seconds_count"))
                .isGreaterThanOrEqualTo(14);
        assertThat(after).contains("relais_reply_latency_seconds_bucket{application=\"relais\",channel=\"web\",le=\"0.025\"}");
        assertThat(gauge(after, "relais_conversations_active")).isGreaterThanOrEqualTo(1);

        clock.advance(Duration.ofMinutes(16));
        assertThat(gauge(scrape(), "relais_conversations_active")).as("idle for 15 minutes: no longer active").isZero();

        // The logging system is global to the JVM: its format follows the latest context started,
        // so the JSON format itself is checked in LogFormatTest; here, what the lines hold.
        String logs = output.getAll();
        assertThat(logs).as("the capture sees the application's logs").contains("journey done");
        for (String typed : USER_TEXTS) {
            assertThat(logs).as("logs must not hold what the user typed").doesNotContain(typed);
        }
    }

    @Test
    void livenessAndReadinessAnswerAndReadinessNeedsTheDatabase() throws Exception {
        HttpResponse<String> liveness = OpsApp.get(port, "/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(liveness.body()).get("status").asText()).isEqualTo("UP");
        HttpResponse<String> readiness = OpsApp.get(port, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        JsonNode components = JSON.readTree(readiness.body()).get("components");
        assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
        assertThat(components.has("readinessState")).isTrue();
    }

    private String scrape() {
        HttpResponse<String> response = OpsApp.get(port, "/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The web chat series (channel "web") of a metric, 0 when it was never recorded. */
    private static double value(String scrape, String name) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{[^}]*channel=\"web\"[^}]*} (\\S+)$").matcher(scrape);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    private static double gauge(String scrape, String name) {
        Matcher line = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? (\\S+)$").matcher(scrape);
        assertThat(line.find()).as(name + " in the scrape").isTrue();
        return Double.parseDouble(line.group(2));
    }
}
