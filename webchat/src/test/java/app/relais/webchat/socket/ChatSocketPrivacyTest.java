package app.relais.webchat.socket;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.LocalizedText;
import app.relais.conversation.OutboundGateway;
import app.relais.core.RelaisCore;
import app.relais.outage.ServiceStatus;
import app.relais.webchat.WebChat;
import app.relais.webchat.session.SessionTokens;
import app.relais.webchat.testing.ChatClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The v1 extensions that let a page show and keep only what it should: the masked text of a
 * message that held a password, the language to speak after /lang (banner included), what the
 * question wants typed, and /forget that ends the session on the page too.
 */
@TestPropertySource("classpath:webchat-test.properties")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatSocketPrivacyTest {

    @LocalServerPort
    int port;
    @Autowired
    SessionTokens tokens;
    @Autowired
    OutboundGateway gateway;
    @Autowired
    RelaisCore core;

    private ChatClient connect() {
        return ChatClient.connect(URI.create("http://127.0.0.1:" + port));
    }

    @Test
    void aMessageThatHeldAPasswordComesBackMaskedUnderItsIdBeforeTheAnswer() {
        try (ChatClient chat = connect()) {
            chat.hello().say("mon mot de passe est Soleil2024! et on me l’a volé", "c-17");
            JsonNode masked = chat.last().get(0);
            assertThat(ChatClient.type(masked)).isEqualTo("masked");
            assertThat(masked.get("id").asText()).isEqualTo("c-17");
            assertThat(masked.get("text").asText()).isEqualTo("mon mot de passe est •••••• et on me l’a volé");
            assertThat(chat.transcript().toString()).doesNotContain("Soleil2024");
            chat.expect("masqué");

            chat.say("mon compte Facebook a été piraté", "c-18");
            assertThat(chat.last("masked")).isEmpty();
        }
    }

    @Test
    void botFramesSayTheConversationsLanguageAndWhatTheQuestionWantsTyped() {
        try (ChatClient chat = connect()) {
            chat.hello();
            JsonNode question = chat.last("bot").get(chat.last("bot").size() - 1);
            assertThat(question.get("lang").asText()).isEqualTo("fr");
            assertThat(question.get("hint").asText()).isEqualTo("problem");
            chat.say("/lang en").expect("English");
            assertThat(chat.last("bot")).allSatisfy(f -> assertThat(f.get("lang").asText()).isEqualTo("en"));
            chat.say("my facebook account was hacked").tap("Yes, that’s it").tap("Prepare my request");
            assertThat(chat.last("bot").get(chat.last("bot").size() - 1).get("hint").asText()).isEqualTo("link");
        }
    }

    @Test
    void theBannerFollowsLangAndIsSentAgainInTheNewLanguage() {
        try (ChatClient chat = connect()) {
            core.outage().declare("messenger", ServiceStatus.OUTAGE, new LocalizedText(
                    "Messenger ne nous transmet plus vos messages.", "Messenger no longer delivers your messages."), null);
            chat.hello();
            assertThat(chat.last("banner")).singleElement()
                    .satisfies(b -> assertThat(b.get("text").asText()).contains("Messenger ne nous transmet plus"));
            chat.say("/lang en");
            assertThat(chat.last("banner")).singleElement()
                    .satisfies(b -> assertThat(b.get("text").asText()).contains("Messenger no longer delivers your messages."));
            chat.say("/help");
            assertThat(chat.last("banner")).as("sent again only when the language changes").isEmpty();
        } finally {
            core.outage().clear("messenger", null);
        }
    }

    @Test
    void forgetEndsTheSessionOnEveryPageAndStartsAFreshOneGreetedInThePersonsLanguage() {
        String erased;
        try (ChatClient chat = connect(); ChatClient otherTab = connect()) {
            chat.hello().say("/lang en").say("my facebook account was hacked");
            erased = chat.token();
            otherTab.hello(erased);

            chat.say("/forget").tap("Yes, erase everything");
            assertThat(chat.last()).extracting(ChatClient::type).startsWith("forgotten", "welcome", "bot", "bot");
            JsonNode welcome = chat.last("welcome").get(0);
            assertThat(welcome.get("resumed").asBoolean()).isFalse();
            assertThat(chat.token()).isNotEqualTo(erased);
            assertThat(chat.last("bot").get(0).get("text").asText()).startsWith("Done: your conversation");
            chat.expect("Hello, I am Relais");
            assertThat(chat.last("bot")).allSatisfy(f -> assertThat(f.get("lang").asText()).isEqualTo("en"));
            chat.say("my facebook account was hacked").expect("Hacked Facebook account");

            otherTab.flush();
            assertThat(otherTab.last()).extracting(ChatClient::type).contains("forgotten");
            assertThat(otherTab.awaitClose()).isEqualTo(1000);
        }
        try (ChatClient later = connect()) {
            later.hello(erased).expectError("unknown_session");
        }
    }

    @Test
    void theGatewayKnowsThePagesZoneAndThatItCannotReachAnyoneAway() {
        try (ChatClient chat = connect().zone("America/Montreal")) {
            chat.hello();
            String session = tokens.verify(chat.token()).orElseThrow();
            assertThat(gateway.reachesAway()).isFalse();
            assertThat(gateway.zone(WebChat.key(session))).contains(ZoneId.of("America/Montreal"));
        }
        try (ChatClient chat = connect().zone("Mars/Olympus_Mons")) {
            chat.hello().expect("Relais");
            assertThat(gateway.zone(WebChat.key(tokens.verify(chat.token()).orElseThrow()))).isEmpty();
        }
    }
}
