package app.relais.webchat.socket;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.testing.MutableClock;
import app.relais.webchat.testing.ChatClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The limits of DESIGN.md that ChatSocketTest leaves out: the message rate closes only clients
 * that keep going, an address is limited in new sessions but never in messages (customers behind
 * one carrier NAT), and every refusal is said in the user's language with the conversation kept.
 * Runs with the default limits (120 new sessions per address per minute).
 */
@TestPropertySource("classpath:webchat-test.properties")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LimitsTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    private ChatClient connect() {
        return ChatClient.connect(URI.create("http://127.0.0.1:" + port));
    }

    @BeforeEach
    void freshWindows() {
        // Other tests of this context opened sessions from 127.0.0.1: start from empty windows.
        clock.advance(Duration.ofMinutes(2));
    }

    @Test
    void aClientThatPausesAfterTheRateLimitKeepsItsConversation() {
        try (ChatClient chat = connect()) {
            chat.hello().say("mon compte Facebook a été piraté").expect("Compte Facebook piraté");
            for (int i = 1; i < 20; i++) {
                chat.say("/status");
            }
            chat.say("/status").expectError("rate_limited");
            assertThat(message(chat)).contains("attendez quelques secondes");
            assertThat(chat.lastBots()).isEmpty();
            clock.advance(Duration.ofSeconds(10));
            assertThat(chat.isOpen()).isTrue();
            chat.say("/status").expect("Compte Facebook piraté").tap("Oui, c’est ça").expect("facebook.com/hacked");
        }
    }

    @Test
    void aClientThatKeepsGoingPastTheRateLimitIsClosedAndResumesLater() {
        String token;
        try (ChatClient flood = connect().locale("en-GB")) {
            token = flood.hello().say("my facebook account was hacked").expect("Hacked Facebook account").token();
            for (int i = 1; i < 20; i++) {
                flood.say("/help");
            }
            for (int i = 1; i < ChatSocketHandler.MAX_ERRORS_IN_A_ROW; i++) {
                flood.say("/help").expectError("rate_limited");
                assertThat(message(flood)).contains("wait a few seconds");
            }
            assertThat(flood.isOpen()).isTrue();
            flood.say("/help");
            assertThat(flood.awaitClose()).isEqualTo(1008);
        }
        clock.advance(Duration.ofSeconds(10));
        try (ChatClient again = connect().locale("en-GB")) {
            again.hello(token).say("/status").expect("Hacked Facebook account").tap("Yes, that’s it");
            assertThat(again.lastBots()).isNotEmpty();
        }
    }

    @Test
    void twoHundredCustomersBehindOneAddressAreNeverRefusedMessages() {
        List<String> firstMinute = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            try (ChatClient chat = connect()) {
                firstMinute.add(chat.hello().say("mon compte Facebook a été piraté").expect("Compte Facebook piraté").token());
            }
        }
        clock.advance(Duration.ofSeconds(61));
        for (int i = 0; i < 100; i++) {
            try (ChatClient chat = connect()) {
                chat.hello().say("mon compte Instagram a été piraté").expect("Instagram");
            }
        }
        // The first hundred keep talking in the same minute: 300 messages from one address, none refused.
        for (String token : firstMinute) {
            try (ChatClient chat = connect()) {
                chat.hello(token).say("/status").expect("Compte Facebook piraté");
                assertThat(chat.transcript()).noneMatch(f -> ChatClient.type(f).equals("error"));
            }
        }
        List<ChatClient> more = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                ChatClient chat = connect();
                more.add(chat);
                chat.hello().expect("Relais");
            }
            ChatClient late = connect();
            more.add(late);
            late.hello().expectError("rate_limited");
            assertThat(message(late)).contains("réessayez dans une minute");
        } finally {
            more.forEach(ChatClient::close);
        }
    }

    @Test
    void malformedJsonAndAnUnknownSessionAreSaidInTheUsersLanguage() {
        try (ChatClient chat = connect()) {
            chat.hello().say("mon compte Facebook a été piraté")
                    .exchange("{\"type\":\"text\",\"text\":\"a\"").expectError("bad_request");
            assertThat(message(chat)).contains("format invalide").contains("Rien n’est perdu");
            chat.exchange("{\"type\":\"text\",\"text\":\"" + "é".repeat(4100) + "\"}").expectError("too_large");
            assertThat(message(chat)).contains("8 Kio");
            chat.say("/status").expect("Compte Facebook piraté");
        }
        try (ChatClient stranger = connect().locale("en-US")) {
            stranger.hello("bm9wZQ.forged").expectError("unknown_session").expect("Relais");
            assertThat(stranger.last().stream().filter(f -> ChatClient.type(f).equals("error")).findFirst().orElseThrow()
                    .get("message").asText()).contains("cannot find your previous conversation");
        }
    }

    private static String message(ChatClient chat) {
        return chat.last().stream().filter(f -> ChatClient.type(f).equals("error")).findFirst()
                .orElseThrow(() -> new AssertionError("no error in:\n" + chat.lastText())).get("message").asText();
    }
}
