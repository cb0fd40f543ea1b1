package app.relais.bot;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.store.ConversationStore;
import app.relais.webchat.WebChat;
import app.relais.webchat.session.SessionTokens;
import app.relais.webchat.testing.ChatClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on a random port, used as the demo page uses it: a real WebSocket, real
 * uploads over HTTP. The walking-skeleton journey (a hacked Facebook account) from the first
 * sentence to the draft, a reload that resumes, and bad frames that lose nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.session-secret=journey-test-secret-journey-test-secret",
        "spring.datasource.url=jdbc:h2:mem:journey-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=./target/test-data"})
class WebChatJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    SessionTokens tokens;
    @Autowired
    ConversationStore conversations;

    private ChatClient open() {
        return ChatClient.connect(URI.create("http://127.0.0.1:" + port));
    }

    static ChatClient walkToTheEvidence(ChatClient chat) {
        return chat.hello()
                .expect("Relais")
                .say("mon compte Facebook a été piraté")
                .expect("Compte Facebook piraté")
                .tap("Oui, c’est ça")
                .expect("facebook.com/hacked")
                .expect("abuse@facebook.com")
                .expect("pas documentée officiellement")
                .expect("3 à 7 jours")
                .tap("Préparer ma demande")
                .expect("(1/5) Lien de votre profil Facebook")
                .say("https://www.facebook.com/jeanne.martin")
                .expect("(2/5)")
                .say("jeanne.martin@example.fr")
                .expect("(3/5)");
    }

    @Test
    void aHackedAccountEndsInADraftToAbuseAtFacebookWithWhatWasTyped() {
        try (ChatClient chat = open()) {
            walkToTheEvidence(chat)
                    .say("12/11/2026 21:30")
                    .expect("jeudi 12 novembre 2026 à 21:30")
                    .tap("Oui, c’est juste")
                    .expect("(4/5)")
                    .say("Mot de passe et adresse email changés, publications frauduleuses")
                    .expect("(5/5) Captures d’écran")
                    .attach("alerte-facebook.png", fixture("alerte-facebook.png"))
                    .expect("alerte-facebook.png")
                    .tap("J’ai terminé")
                    .expect("Qui êtes-vous")
                    .tap("Titulaire du compte")
                    .expect("Racontez ce qui s’est passé")
                    .say("Le 12 novembre vers 21h30 j’ai reçu un email de changement de mot de passe, puis mon email a été remplacé.")
                    .expect("conséquences")
                    .say("Mon événement de samedi est annoncé sur ce compte, 300 participants attendent des nouvelles.")
                    .tap("Me rendre l’accès à mon compte et annuler les modifications du pirate")
                    .expect("comment signer")
                    .say("Jeanne Martin")
                    .tap("Utiliser jeanne.martin@example.fr")
                    .expect("À : abuse@facebook.com")
                    .expect("Objet : URGENT – Compte Facebook piraté – https://www.facebook.com/jeanne.martin")
                    .expect("jeanne.martin@example.fr")
                    .expect("j’ai reçu un email de changement de mot de passe")
                    .expect("300 participants")
                    .expect("– Captures d’écran : alerte-facebook.png")
                    .expect("Cordialement,\nJeanne Martin\njeanne.martin@example.fr")
                    .tap("C’est parfait")
                    .expect("formulaire officiel");
            assertThat(links(chat.lastBots()))
                    .anyMatch(url -> url.startsWith("mailto:abuse@facebook.com?subject="))
                    .anyMatch(url -> url.equals("https://www.facebook.com/hacked"));
        }
    }

    @Test
    void aSocketDroppedRightAfterApprovalResumesWithStatusAndGetsTheEmlAndTheArchiveAgain() throws Exception {
        String token;
        try (ChatClient chat = open()) {
            walkToTheEvidence(chat).say("12/11/2026 21:30").tap("Oui, c’est juste")
                    .say("Mot de passe et adresse email changés").tap("Passer")
                    .tap("Titulaire du compte")
                    .say("Le 12 novembre vers 21h30 j’ai reçu un email de changement de mot de passe.")
                    .say("Mon événement de samedi est annoncé sur ce compte.")
                    .tap("Me rendre l’accès à mon compte et annuler les modifications du pirate")
                    .tap("Ne pas signer")
                    .expect("À : abuse@facebook.com");
            token = chat.token();
            chat.tapAndDrop("C’est parfait");
        }
        String session = tokens.verify(token).orElseThrow();
        awaitState(session, "DELIVER");

        try (ChatClient back = open()) {
            back.hello(token).say("/status").expect("envoi de la demande").expect("la revoici, avec ses fichiers")
                    .expect("À : abuse@facebook.com");
            List<JsonNode> files = back.lastBots().stream()
                    .flatMap(f -> StreamSupport.stream(f.get("files").spliterator(), false)).toList();
            assertThat(files).extracting(f -> f.get("name").asText())
                    .anyMatch(n -> n.endsWith(".eml")).anyMatch(n -> n.endsWith(".zip"));
            for (JsonNode file : files) {
                assertThat(back.download(file.get("url").asText()).statusCode()).isEqualTo(200);
            }
                assertThat(back.lastBots().stream().flatMap(f -> StreamSupport.stream(f.get("links").spliterator(), false))
                    .map(l -> l.get("url").asText())).anyMatch(u -> u.startsWith("mailto:abuse@facebook.com"));
            back.tap("J’ai envoyé ma demande").expect("je ne peux pas vous écrire de moi-même").expect("à 9 h");
        }
    }

    /** The dropped approval is handled on its own thread: wait (bounded) until the conversation shows it. */
    private void awaitState(String session, String state) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (conversations.load(WebChat.key(session)).filter(s -> s.state().equals(state)).isEmpty()) {
            assertThat(System.nanoTime()).as("the conversation reached " + state).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void reconnectingWithTheSameTokenResumesAtTheSameStep() {
        String token;
        try (ChatClient first = open()) {
            token = walkToTheEvidence(first).token();
        }
        try (ChatClient again = open()) {
            again.hello(token);
            assertThat(again.last()).singleElement().satisfies(welcome -> {
                assertThat(welcome.get("resumed").asBoolean()).isTrue();
                assertThat(welcome.get("session").asText()).isEqualTo(token);
            });
            again.say("/status").expect("(3/5)")
                    .say("12/11/2026 21:30").expect("jeudi 12 novembre 2026 à 21:30").tap("Oui, c’est juste").expect("(4/5)");
        }
    }

    @Test
    void malformedJsonAndOversizedTextGetAnErrorAndTheConversationIsIntact() {
        try (ChatClient chat = open()) {
            walkToTheEvidence(chat)
                    .exchange("{\"type\":\"text\",\"text\":")
                    .expectError("bad_request")
                    .say("Le pirate a tout changé. ".repeat(200))
                    .expectError("too_large")
                    .say("/dossier")
                    .expect("https://www.facebook.com/jeanne.martin")
                    .expect("jeanne.martin@example.fr")
                    .say("12/11/2026 21:30")
                    .expect("jeudi 12 novembre 2026 à 21:30")
                    .tap("Oui, c’est juste")
                    .expect("(4/5)");
            assertThat(chat.transcript()).filteredOn(f -> ChatClient.type(f).equals("error"))
                    .extracting(f -> f.get("message").asText())
                    .anyMatch(m -> m.contains("caractères"));
        }
    }

    @Test
    void theDemoPageEmbedsTheWidgetUnderAStrictContentSecurityPolicy() {
        try (ChatClient chat = open()) {
            HttpResponse<byte[]> page = chat.download("/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("src=\"/widget.js\"");
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        }
    }

    private static List<String> links(List<JsonNode> bots) {
        return bots.stream().flatMap(f -> StreamSupport.stream(f.get("links").spliterator(), false))
                .map(l -> l.get("url").asText()).toList();
    }

    private static byte[] fixture(String name) {
        try (InputStream in = WebChatJourneyTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
