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
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What people type instead of answering, over the real web chat: the locked-out user who does not
 * know their profile link, a number found on Google, a link inside a sentence, a sentence typed at
 * the review, and "je veux parler à un conseiller".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.session-secret=offscript-secret-offscript-secret-offscript",
        "relais.limits.sessions-per-ip-per-minute=0",
        "spring.datasource.url=jdbc:h2:mem:offscript-web;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=./target/offscript-web-test"})
class OffScriptOverWebChatTest {

    @LocalServerPort
    int port;

    private Conversation open(ChatClient chat, Locale locale) {
        InMemoryFileStore files = new InMemoryFileStore(Clock.systemUTC());
        return new Conversation(new WebChatEngine(chat, files), new FileIntake(files), new ConversationKey("web", "test"), locale);
    }

    private ChatClient connect(String locale) {
        return ChatClient.connect(URI.create("http://127.0.0.1:" + port)).locale(locale).hello();
    }

    @Test
    void theLockedOutUserTheScamQuestionTheLinkInASentenceAndTheReviewEdit() {
        try (ChatClient chat = connect("fr-FR")) {
            open(chat, Locale.FRANCE)
                    .send("mon compte Facebook a été piraté")
                    .tap("Oui, c’est ça")
                    .send("j’ai trouvé sur google un numéro du support facebook, je peux les appeler ?")
                    .expectReply(containing("Je vous déconseille fermement d’appeler ce numéro"))
                    .expectReply(withLink("https://www.facebook.com/hacked"))
                    .expectReply(withChoice("Préparer ma demande"))
                    .tap("Préparer ma demande")
                    .expectReply(containing("(1/5) Lien de votre profil Facebook"))
                    .send("je sais pas")
                    .expectReply(containing("Passé. Sans le lien du profil"))
                    .expectReply(containing("(2/5)"))
                    .send("mon mail c’est jeanne.martin@example.fr")
                    .expectReply(containing("Noté : jeanne.martin@example.fr"))
                    .send("hier vers 14h").tap("Oui, c’est juste")
                    .send("Mot de passe et email changés")
                    .tap("Passer")
                    .tap("Titulaire du compte")
                    .send("Le 20 novembre vers 14h, le mot de passe et l’email ont été changés.")
                    .send("Je ne peux plus joindre mes clients.")
                    .tap("Me rendre l’accès à mon compte et annuler les modifications du pirate")
                    .expectReply(containing("comment signer votre demande"))
                    .send("non merci")
                    .expectReply(containing("Objet : URGENT – Compte Facebook piraté"))
                    .send("ajoute que j’ai porté plainte")
                    .expectReply(containing("C’est ajouté aux faits : « J’ai porté plainte. »"))
                    .expectReply(containing("ont été changés. J’ai porté plainte."))
                    .send("je veux parler à un conseiller")
                    .expectReply(containing("je passe la main à une personne de l’équipe"));
        }
    }

    @Test
    void anEventLinkInASentenceFillsTheEventIdInEnglishToo() {
        try (ChatClient chat = connect("en-GB")) {
            open(chat, Locale.UK)
                    .send("facebook")
                    .tap("Spam wave or fake-profile attack")
                    .tap("Prepare my request")
                    .send("here it is: facebook.com/events/884512337766201")
                    .expectReply(containing("Noted: https://facebook.com/events/884512337766201"))
                    .expectReply(containing("“The event’s ID”: 884512337766201, taken from the “Link to the event”"))
                    .expectReply(containing("(3/7)"));
        }
    }
}
