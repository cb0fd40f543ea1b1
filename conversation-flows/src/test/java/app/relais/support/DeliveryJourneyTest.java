package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withFile;
import static app.relais.testing.ReplyMatchers.withLink;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.FileRef;
import app.relais.conversation.Link;
import app.relais.testing.Conversation;
import app.relais.testing.TestRelais;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** DELIVER as the user meets it: text, mailto: link, .eml draft, delay, and the email's own language. */
class DeliveryJourneyTest {

    private final TestRelais relais = new TestRelais();

    @Test
    void theRequestArrivesInThreeFormsWithTheDelayAndWhatToDoMeanwhile() throws Exception {
        Conversation c = HackedAccountJourneyTest.walkToReview(relais.french())
                .tap("C’est parfait")
                .expectReply(containing("Objet : URGENT – Compte Facebook piraté"))
                .expectReply(withLink("mailto:abuse@facebook.com?subject=URGENT%20%E2%80%93%20Compte%20Facebook%20pirat%C3%A9"))
                .expectReply(withFile("demande-facebook-account-hacked.eml"))
                .expectReply(containing("Délai de réponse habituel : 3 à 7 jours"))
                .expectReply(containing("sécurisez vos autres comptes"));

        MimeMessage eml = eml(c);
        assertThat(eml.getSubject()).isEqualTo("URGENT – Compte Facebook piraté – https://www.facebook.com/jeanne.martin");
        MimeMultipart parts = (MimeMultipart) eml.getContent();
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("alerte-facebook.png");
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(Fixtures.bytes("screenshot.png"));
    }

    @Test
    void theEmailIsWrittenInEnglishWhileTheChatStaysInFrench() throws Exception {
        Conversation c = HackedAccountJourneyTest.walkToReview(relais.french())
                .tap("Rédiger l’email en anglais")
                .expectReply(containing("L’email est maintenant rédigé en anglais"))
                .expectReply(containing("To: abuse@facebook.com\nSubject: URGENT - Hacked Facebook account - https://www.facebook.com/jeanne.martin"))
                .expectReply(containing("I am writing to report an urgent problem: the hacking of a Facebook account."
                        + " I own the account concerned."))
                .expectReply(containing("- Start of the hack: Thursday 12 November 2026 at 9:30 pm"))
                .expectReply(containing("I ask you, as a priority, to give me back access to my account and undo the hacker’s changes."))
                .expectReply(containing("Kind regards,\nJeanne Martin\n+33 6 12 34 56 78"))
                .expectNoReply(containing("Objet :"))
                .expectReply(containing("Voici votre demande complète"))
                .tap("C’est parfait")
                .expectReply(containing("Votre demande est prête"))
                .expectReply(withFile("demande-facebook-account-hacked.eml"));

        assertThat(eml(c).getSubject()).isEqualTo("URGENT - Hacked Facebook account - https://www.facebook.com/jeanne.martin");
        assertThat(eml(c).getHeader("Content-Language")).containsExactly("en");
        assertThat(mailto(c)).contains("subject=URGENT%20-%20Hacked%20Facebook%20account");

        c.tap("Rédiger l’email en français")
                .expectReply(containing("Objet : URGENT – Compte Facebook piraté"));
        assertThat(eml(c).getSubject()).startsWith("URGENT – Compte Facebook piraté");
    }

    @Test
    void aSubjectRewrittenWithAHeaderInjectionStaysOneLineEverywhere() throws Exception {
        Conversation c = HackedAccountJourneyTest.walkToReview(relais.french())
                .tap("Modifier l’objet")
                .send("Compte piraté\r\nBcc: espion@example.com")
                .expectReply(containing("Objet : Compte piraté Bcc: espion@example.com"))
                .tap("C’est parfait");

        MimeMessage eml = eml(c);
        assertThat(eml.getHeader("Bcc")).isNull();
        assertThat(eml.getSubject()).isEqualTo("Compte piraté Bcc: espion@example.com");
        String subject = mailto(c).replaceAll(".*\\?subject=([^&]*)&.*", "$1");
        assertThat(URLDecoder.decode(subject, StandardCharsets.UTF_8)).isEqualTo("Compte piraté Bcc: espion@example.com");
    }

    private MimeMessage eml(Conversation c) throws Exception {
        FileRef file = c.lastReplies().stream().flatMap(r -> r.files().stream())
                .filter(f -> f.name().endsWith(".eml")).findFirst().orElseThrow();
        byte[] bytes = relais.core().files().content(file.fileId()).orElseThrow();
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }

    private static String mailto(Conversation c) {
        return c.lastReplies().stream().flatMap(r -> r.links().stream()).map(Link::url)
                .filter(u -> u.startsWith("mailto:")).findFirst().orElseThrow();
    }
}
