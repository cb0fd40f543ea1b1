package app.relais.bot.crash;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.desk.DeskClient;
import app.relais.webchat.testing.ChatClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged instances on one PostgreSQL, no sticky sessions: a conversation started on one
 * continues on the other, answer after answer, and the file uploaded through one is served by
 * the other; an agent signed in through one is signed in on both, and hears live of a customer
 * who asked for a person on the other.
 */
class TwoInstancesIT {

    @TempDir
    Path data;

    @Test
    void aConversationMovesBetweenInstancesMidJourney() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> shared = Map.of(
                    "RELAIS_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "RELAIS_DB_USER", "postgres",
                    "RELAIS_SESSION_SECRET", "two-instances-secret-two-instances-secret",
                    "RELAIS_ADMIN_TOKEN", "two-instances-admin");
            try (RelaisProcess first = new RelaisProcess(Files.createDirectories(data.resolve("a")), shared).start();
                 RelaisProcess second = new RelaisProcess(Files.createDirectories(data.resolve("b")), shared).start()) {
                String token;
                try (ChatClient chat = ChatClient.connect(first.base())) {
                    chat.hello().say("mon compte Facebook a été piraté").expect("Compte Facebook piraté")
                            .tap("Oui, c’est ça").tap("Préparer ma demande")
                            .say("https://www.facebook.com/jeanne.martin").expect("(2/5)");
                    token = chat.token();
                }
                try (ChatClient chat = ChatClient.connect(second.base())) {
                    chat.hello(token).say("jeanne.martin@example.fr").expect("(3/5)")
                            .say("12/11/2026 21:30").tap("Oui, c’est juste").expect("(4/5)")
                            .say("Mot de passe et adresse email changés").expect("(5/5)")
                            .attach("alerte-facebook.png", WebChatCrashIT.fixture("alerte-facebook.png"))
                            .expect("alerte-facebook.png");
                }
                try (ChatClient chat = ChatClient.connect(first.base())) {
                    chat.hello(token).say("/status").expect("(5/5)")
                            .tap("J’ai terminé").expect("Qui êtes-vous")
                            .tap("Titulaire du compte")
                            .say("Le 12 novembre vers 21h30 mon mot de passe et mon email ont été changés.")
                            .say("Mon événement de samedi est annoncé sur ce compte.")
                            .tap("Me rendre l’accès à mon compte et annuler les modifications du pirate")
                            .expect("comment signer").tap("Ne pas signer")
                            .expect("https://www.facebook.com/jeanne.martin")
                            .expect("jeanne.martin@example.fr")
                            .expect("– Captures d’écran : alerte-facebook.png");
                }
            }
        }
    }

    @Test
    void anAgentSignedInThroughOneInstanceHearsLiveOfACustomerOnTheOtherAndAnswersThemThroughIt() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> shared = Map.of(
                    "RELAIS_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "RELAIS_DB_USER", "postgres",
                    "RELAIS_SESSION_SECRET", "two-instances-secret-two-instances-secret",
                    "RELAIS_ADMIN_USER", "ada",
                    "RELAIS_ADMIN_PASSWORD", "two instances passphrase");
            try (RelaisProcess first = new RelaisProcess(Files.createDirectories(data.resolve("a")), shared).start();
                 RelaisProcess second = new RelaisProcess(Files.createDirectories(data.resolve("b")), shared).start()) {
                DeskClient onFirst = new DeskClient(first.base());
                assertThat(onFirst.signIn("ada", "two instances passphrase")).endsWith("/admin/");
                DeskClient onSecond = onFirst.at(second.base());
                assertThat(onSecond.me().path("username").asText()).as("one session for every instance").isEqualTo("ada");
                BlockingQueue<String> events = onSecond.stream("/api/admin/desk/events");
                awaitLine(events, "hello");

                try (ChatClient customer = ChatClient.connect(first.base())) {
                    customer.hello().say("un humain").expect("je passe la main");
                    String opened = awaitLine(events, "\"kind\":\"opened\"");
                    String ticket = opened.replaceAll(".*\"ticket\":\"(T-[A-Z0-9]+)\".*", "$1");
                    JsonNode list = DeskClient.json(onSecond.get("/api/admin/desk/conversations"));
                    assertThat(list.findValuesAsText("id")).containsExactly(ticket);

                    assertThat(onSecond.call("POST", "/api/admin/tickets/" + ticket + "/reply",
                            "{\"text\":\"Bonjour, je regarde votre demande.\"}").statusCode()).isEqualTo(200);
                    // The answer goes out through the first instance, which holds the socket (outbox + NOTIFY).
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    boolean delivered = false;
                    while (!delivered && System.nanoTime() < deadline) {
                        delivered = customer.flush().last().stream().anyMatch(f -> ChatClient.type(f).equals("agent")
                                && f.get("text").asText().equals("Bonjour, je regarde votre demande."));
                        Thread.onSpinWait();
                    }
                    assertThat(delivered).as("the agent's answer reached the customer's widget").isTrue();
                }
            }
        }
    }

    private static String awaitLine(BlockingQueue<String> lines, String fragment) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.contains(fragment)) {
                return line;
            }
        }
        throw new AssertionError("no event with " + fragment);
    }
}
