package app.relais.bot.journeys;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;
import static app.relais.testing.ReplyMatchers.withLink;

import app.relais.conversation.ConversationKey;
import app.relais.files.FileIntake;
import app.relais.files.InMemoryFileStore;
import app.relais.testing.Conversation;
import app.relais.webchat.testing.ChatClient;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Suspended accounts and refused appeals over the real web chat (WebSocket frames, links as the
 * widget gets them): the bot asks before sending someone to an appeal, and a first sentence that
 * says the review was refused skips straight to what remains.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.session-secret=after-refusal-secret-after-refusal-secret",
        "relais.limits.sessions-per-ip-per-minute=0",
        "spring.datasource.url=jdbc:h2:mem:after-refusal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=./target/after-refusal-test"})
class AfterRefusalOverWebChatTest {

    @LocalServerPort
    int port;

    private void talk(String locale, Consumer<Conversation> transcript) {
        InMemoryFileStore files = new InMemoryFileStore(Clock.systemUTC());
        try (ChatClient chat = ChatClient.connect(URI.create("http://127.0.0.1:" + port)).locale(locale).hello()) {
            transcript.accept(new Conversation(new WebChatEngine(chat, files), new FileIntake(files),
                    new ConversationKey("web", "test"), Locale.forLanguageTag(locale)));
        }
    }

    @Test
    void aSuspendedTikTokAccountIsAskedAboutTheAppealFirst() {
        talk("fr-FR", c -> c
                .send("mon compte tiktok a été suspendu pour rien")
                .expectReply(containing("Compte TikTok banni ou suspendu"))
                .tap("Oui, c’est ça")
                .expectReply(containing("Avez-vous déjà fait appel de ce bannissement auprès de TikTok ?"))
                .expectReply(withChoice("Oui, c’est refusé"))
                .tap("Non, pas encore")
                .expectReply(containing("Faire appel depuis la notification de bannissement"))
                .expectReply(withLink("https://www.tiktok.com/legal/report/feedback"))
                .tap("Préparer ma demande")
                .expectReply(containing("Nom d’utilisateur du compte banni")));
    }

    @Test
    void aRefusedWhatsAppReviewInTheFirstSentenceGoesStraightToWhatRemains() {
        talk("fr-FR", c -> c
                .send("ma demande de réexamen whatsapp a été refusée")
                .tap("Oui, c’est ça")
                .expectReply(containing("Vous m’avez écrit que votre demande a déjà été refusée"))
                .expectReply(containing("WhatsApp ne documente aucun second examen après un refus"))
                .expectReply(withLink("https://x.com/WhatsApp"))
                .expectReply(containing("support@whatsapp.com"))
                .expectNoReply(containing("puis touchez « Demander un examen »"))
                .expectReply(withChoice("Préparer ma demande")));
    }

    @Test
    void anEnglishYouTubeCreatorWhoseAppealFailedGetsTheIndependentBodies() {
        talk("en-GB", c -> c
                .send("youtube terminated my channel and rejected my appeal")
                .expectReply(containing("Terminated or suspended YouTube channel"))
                .tap("Yes, that’s it")
                .expectReply(containing("YouTube documents no second appeal"))
                .expectReply(withLink("https://appealscentre.eu"))
                .expectReply(containing("Request a new channel (pilot programme)")));
    }
}
