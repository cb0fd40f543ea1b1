package app.relais.bot.admin;

import app.relais.catalog.LocalizedText;
import app.relais.core.RelaisCore;
import app.relais.outage.ServiceStatus;
import app.relais.webchat.testing.ChatClient;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visitor's first words over the web chat (the whole application, a real WebSocket): a question
 * for the business reaches its FAQ before any incident; during one, the welcome speaks for the
 * business and a platform problem still reaches the support assistant. Same context as {@link AdminApiTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.admin.token=s3cret-admin-token",
        "spring.datasource.url=jdbc:h2:mem:admin-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=target/admin-api-test"})
class WebChatFirstWordsTest {

    @LocalServerPort
    int port;

    @Autowired
    RelaisCore core;

    private ChatClient chat() {
        return ChatClient.connect(URI.create("http://127.0.0.1:" + port));
    }

    @AfterEach
    void noIncidentLeft() {
        core.outage().open().forEach(i -> core.outage().clear(i.channel(), null));
    }

    @Test
    void beforeAnIncidentABusinessQuestionReachesTheFaqNotThePlatformQuestion() {
        try (ChatClient visitor = chat()) {
            visitor.hello().expect("Relais")
                    .say("quand est ce que vous livrez ?")
                    .expect("e-mail de confirmation d’expédition");
            if (visitor.lastText().contains("Sur quelle plateforme")) {
                throw new AssertionError("a business question was taken for a platform problem:\n" + visitor.lastText());
            }
        }
    }

    @Test
    void duringAnIncidentTheWelcomeSpeaksForTheBusinessAndAPlatformProblemReachesItsFlow() {
        core.outage().declare("messenger", ServiceStatus.OUTAGE,
                new LocalizedText("Messenger ne nous transmet plus vos messages.", "Messenger no longer delivers your messages."),
                null);
        try (ChatClient visitor = chat()) {
            visitor.hello()
                    .expect("vous êtes bien")
                    .expect("Messenger : en panne depuis le")
                    .say("mon compte instagram a été piraté cette nuit")
                    .expect("Compte Instagram piraté")
                    .tap("Oui, c’est ça")
                    .expect("instagram.com/hacked");
            if (visitor.transcript().stream().anyMatch(f -> f.path("text").asText().contains("support d’une plateforme"))) {
                throw new AssertionError("the welcome spoke for Relais, not for the business");
            }
        }
    }
}
