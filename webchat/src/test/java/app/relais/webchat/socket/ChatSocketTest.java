package app.relais.webchat.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.core.RelaisCore;
import app.relais.testing.MutableClock;
import app.relais.webchat.WebChat;
import app.relais.webchat.session.SessionTokens;
import app.relais.webchat.testing.ChatClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Protocol v1 on a real socket: sessions, limits and refused frames, with the conversation kept. */
@TestPropertySource("classpath:webchat-test.properties")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatSocketTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    SessionTokens tokens;
    @Autowired
    RelaisCore core;
    @Autowired
    LiveSockets sockets;

    private ChatClient connect() {
        return ChatClient.connect(URI.create("http://127.0.0.1:" + port));
    }

    @Test
    void aNewVisitorGetsASessionAndTheGreetingWithIncreasingIds() {
        try (ChatClient chat = connect()) {
            chat.hello().expect("Relais");
            assertThat(chat.last().get(0).get("type").asText()).isEqualTo("welcome");
            assertThat(chat.last().get(0).get("resumed").asBoolean()).isFalse();
            assertThat(tokens.verify(chat.token())).isPresent();
            chat.say("mon compte Facebook a été piraté").expect("Compte Facebook piraté");
            List<Long> ids = chat.transcript().stream().filter(f -> ChatClient.type(f).equals("bot"))
                    .map(f -> Long.parseLong(f.get("id").asText())).toList();
            assertThat(ids).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void anEnglishBrowserIsAnsweredInEnglish() {
        try (ChatClient chat = connect().locale("en-GB")) {
            chat.hello().say("my facebook account was hacked").expect("Hacked Facebook account");
        }
    }

    @Test
    void aFrameBeforeHelloIsRefusedInTheBrowsersLanguage() {
        try (ChatClient chat = ChatClient.connect(URI.create("http://127.0.0.1:" + port),
                Map.of("Accept-Language", "en-US,en;q=0.9"))) {
            chat.say("hi").expectError("hello_required");
            assertThat(chat.last().get(0).get("message").asText()).contains("introduce itself");
            chat.hello().expect("Relais");
        }
    }

    @Test
    void badFramesGetAnErrorAndTheConversationGoesOn() {
        try (ChatClient chat = connect()) {
            chat.hello().say("mon compte Facebook a été piraté").expect("Compte Facebook piraté");
            chat.exchange("{not json").expectError("bad_request");
            chat.exchange("{\"type\":\"typing\"}").expectError("bad_request");
            assertThat(chat.last().get(0).get("message").asText()).contains("typing");
            chat.say("x".repeat(4001)).expectError("too_large");
            assertThat(chat.last().get(0).get("message").asText()).contains("4").contains("caractères");
            chat.say("y".repeat(50_000)).expectError("too_large");
            chat.exchange("{\"type\":\"attachment\",\"upload\":\"nope\"}").expectError("unknown_upload");
            chat.tap("Oui, c’est ça").expect("facebook.com/hacked");
        }
    }

    @Test
    void aClientThatKeepsSendingGarbageIsCutOffWith1008() {
        try (ChatClient chat = connect()) {
            chat.hello();
            for (int i = 1; i < ChatSocketHandler.MAX_ERRORS_IN_A_ROW; i++) {
                chat.exchange("garbage").expectError("bad_request");
            }
            assertThat(chat.isOpen()).isTrue();
            chat.exchange("garbage");
            assertThat(chat.awaitClose()).isEqualTo(1008);
        }
    }

    @Test
    void moreThanTwentyMessagesInTenSecondsAreRefusedUntilTheWindowMoves() {
        try (ChatClient chat = connect()) {
            chat.hello();
            for (int i = 0; i < 20; i++) {
                chat.say("/help");
                assertThat(chat.last()).noneMatch(f -> ChatClient.type(f).equals("error"));
            }
            chat.say("/help").expectError("rate_limited");
            clock.advance(Duration.ofSeconds(10));
            chat.say("/help").expect("/back");
        }
    }

    @Test
    void theSameTokenResumesAndAForgedOneStartsAfresh() {
        String token;
        try (ChatClient first = connect()) {
            token = first.hello().say("mon compte Facebook a été piraté").token();
        }
        try (ChatClient again = connect()) {
            again.hello(token);
            assertThat(again.last()).hasSize(1);
            assertThat(again.last().get(0).get("resumed").asBoolean()).isTrue();
            assertThat(again.lastBots()).as("nothing is replayed").isEmpty();
            again.say("/status").expect("Compte Facebook piraté").tap("Oui, c’est ça").expect("facebook.com/hacked");
        }
        String forged = token.substring(0, token.length() - 2) + "xx";
        try (ChatClient forger = connect()) {
            forger.hello(forged).expectError("unknown_session").expect("Relais");
            assertThat(forger.token()).isNotEqualTo(forged);
            assertThat(forger.last()).anyMatch(f -> ChatClient.type(f).equals("welcome")
                    && !f.get("resumed").asBoolean());
        }
    }

    @Test
    void theGatewayPushesToTheSessionsOpenSocket() {
        try (ChatClient chat = connect()) {
            chat.hello();
            String session = tokens.verify(chat.token()).orElseThrow();
            core.courier().fromBot(WebChat.key(session), List.of(Reply.text("Rappel : relancez le support aujourd’hui.")));
            chat.exchange("{\"type\":\"ping\"}");
            JsonNode pushed = chat.last().get(0);
            assertThat(pushed.get("type").asText()).isEqualTo("bot");
            assertThat(pushed.get("text").asText()).contains("Rappel");
            assertThat(core.outbox().owed(WebChat.key(session), 0)).as("sent, so no longer owed").isEmpty();
        }
    }

    @Test
    void aResumedSessionFirstReceivesWhatItsConversationIsStillOwedOnce() {
        String token;
        String session;
        try (ChatClient chat = connect()) {
            token = chat.hello().say("mon compte Facebook a été piraté").expect("Compte Facebook piraté").token();
            session = tokens.verify(token).orElseThrow();
        }
        awaitClosed(session);
        // Committed while no socket was open: a turn (as if the socket dropped before its replies
        // left) and an agent's answer.
        core.engine().handle(new Inbound.Choice(WebChat.key(session), "yes", null));
        core.courier().fromAgent(WebChat.key(session), "Camille", "fr", "Je regarde votre dossier.");

        try (ChatClient again = connect()) {
            again.hello(token);
            assertThat(again.last()).extracting(ChatClient::type).startsWith("welcome", "bot");
            again.expect("facebook.com/hacked");
            JsonNode agent = again.last().get(again.last().size() - 1);
            assertThat(agent.get("type").asText()).as("the last frame of %s", again.last()).isEqualTo("agent");
            assertThat(agent.get("name").asText()).isEqualTo("Camille");
            List<Long> ids = again.last().stream().filter(f -> f.hasNonNull("id"))
                    .map(f -> Long.parseLong(f.get("id").asText())).toList();
            assertThat(ids).isSorted().doesNotHaveDuplicates();
            again.say("/status").expect("Compte Facebook piraté");
        }
        try (ChatClient third = connect()) {
            third.hello(token);
            assertThat(third.lastBots()).as("delivered once, not on every resume").isEmpty();
        }
    }

    @Test
    void aClientThatSaysWhatItShowedLastGetsEverythingAfterIt() {
        try (ChatClient chat = connect()) {
            String token = chat.hello().say("mon compte Facebook a été piraté").expect("Compte Facebook piraté").token();
            String seen = chat.lastMessageId();
            List<String> after = chat.tap("Oui, c’est ça").lastBots().stream().map(f -> f.get("id").asText()).toList();
            try (ChatClient again = connect()) {
                again.hello(token, seen);
                assertThat(again.lastBots()).extracting(f -> f.get("id").asText()).containsExactlyElementsOf(after);
            }
            try (ChatClient upToDate = connect()) {
                upToDate.hello(token, chat.lastMessageId());
                assertThat(upToDate.lastBots()).isEmpty();
            }
        }
    }

    @Test
    void aPageFromAnotherOriginCannotOpenTheChat() {
        assertThatThrownBy(() -> ChatClient.connect(URI.create("http://127.0.0.1:" + port),
                Map.of("Origin", "https://evil.example")).close()).hasRootCauseMessage("Unexpected HTTP response status code 403");
        ChatClient.connect(URI.create("http://127.0.0.1:" + port), Map.of("Origin", "http://localhost:3000")).close();
    }

    /** Waits until the server saw the session's sockets close (a busy machine may take a while). */
    private void awaitClosed(String session) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!sockets.of(session).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the server still holds a socket of " + session);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
