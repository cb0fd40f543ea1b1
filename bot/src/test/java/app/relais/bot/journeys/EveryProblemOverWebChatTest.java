package app.relais.bot.journeys;

import app.relais.catalog.Catalog;
import app.relais.catalog.Problem;
import app.relais.conversation.ConversationKey;
import app.relais.core.RelaisCore;
import app.relais.files.FileIntake;
import app.relais.files.InMemoryFileStore;
import app.relais.testing.CatalogJourney;
import app.relais.testing.Conversation;
import app.relais.webchat.testing.ChatClient;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every problem of the catalog walked over the real web chat, from its first sentence to the
 * delivered request (or the right non-email advice), with the same steps as the engine-level
 * {@code EveryProblemJourneyTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.session-secret=every-problem-secret-every-problem-secret",
        "relais.limits.sessions-per-ip-per-minute=0",
        "spring.datasource.url=jdbc:h2:mem:every-problem;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=./target/every-problem-test"})
class EveryProblemOverWebChatTest {

    @LocalServerPort
    int port;

    @Autowired
    RelaisCore core;

    static Stream<String> problems() {
        return new app.relais.catalog.CatalogLoader().load().problems().stream().map(Problem::fullId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void theProblemWalksToADeliveredRequestOverTheWebChat(String problemId) {
        Catalog catalog = core.catalog();
        InMemoryFileStore files = new InMemoryFileStore(Clock.systemUTC());
        try (ChatClient chat = ChatClient.connect(URI.create("http://127.0.0.1:" + port)).locale("fr-FR").hello()) {
            Conversation conversation = new Conversation(new WebChatEngine(chat, files), new FileIntake(files),
                    new ConversationKey("web", "test"), Locale.FRANCE);
            CatalogJourney.walk(conversation, catalog.require(problemId), catalog, Locale.FRANCE);
        }
    }
}
