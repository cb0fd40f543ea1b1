package app.relais.bot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.testing.MutableClock;
import app.relais.webchat.testing.ChatClient;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The reminder by email, end to end, as a web chat user meets it: the whole application, a real
 * SMTP server in the test (GreenMail) that the emails are read back from, headers included, and
 * the one-click unsubscribe its link leads to. Subclasses pick the database (H2, PostgreSQL).
 */
abstract class EmailReminderJourney {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String PUBLIC_URL = "https://relais.test";

    /** Time the test moves: a week passes in a line. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MutableClock clock() {
            return MutableClock.at("2026-11-21T15:00:00Z");
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    EmailReminderPoller poller;

    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("relais.mail.from", () -> "Relais <relais@relais.test>");
        registry.add("relais.public-url", () -> PUBLIC_URL);
    }

    /** The public address behind which this test's server would be; the test reaches it on loopback. */
    private String local(String publicLink) {
        assertThat(publicLink).startsWith(PUBLIC_URL + "/email/unsubscribe/");
        return "http://127.0.0.1:" + port + publicLink.substring(PUBLIC_URL.length());
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    private ChatClient open() {
        return ChatClient.connect(URI.create("http://127.0.0.1:" + port)).zone("Europe/Paris");
    }

    private static ChatClient sent(ChatClient chat) {
        return chat.hello().say("mon compte Facebook a été piraté").tap("Oui, c’est ça").tap("Préparer ma demande")
                .say("https://www.facebook.com/jeanne.martin").say("jeanne.martin@example.fr")
                .say("12/11/2026 21:30").tap("Oui, c’est juste")
                .say("Mot de passe et adresse email changés").tap("Passer")
                .tap("Titulaire du compte")
                .say("Le 12 novembre vers 21h30 j’ai reçu un email de changement de mot de passe.")
                .say("Mon événement de samedi est annoncé sur ce compte.")
                .tap("Me rendre l’accès à mon compte et annuler les modifications du pirate")
                .tap("Ne pas signer")
                .tap("C’est parfait")
                .tap("J’ai envoyé ma demande")
                .expect("je ne peux pas vous écrire de moi-même")
                .expect("À quelle adresse ?");
    }

    @Test
    void theFollowUpArrivesByEmailOnceOnTheDueMorningInThePersonsLanguageWithAOneClickUnsubscribe() throws Exception {
        try (ChatClient chat = open()) {
            sent(chat).say("/lang en").expect("To which address?")
                    .say("Jeanne.Martin@Example.FR").expect("I will write to you at Jeanne.Martin@example.fr");
        }
        Instant morning = LocalDate.parse("2026-11-28").atTime(9, 0).atZone(PARIS).toInstant();
        clock.set(morning.minusSeconds(60));
        poller.poll();
        assertThat(SMTP.getReceivedMessages()).isEmpty();

        clock.set(morning);
        poller.poll();
        poller.poll();
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage email = received[0];
        assertThat(((InternetAddress) email.getFrom()[0]).getAddress()).isEqualTo("relais@relais.test");
        assertThat(((InternetAddress) email.getAllRecipients()[0]).getAddress()).isEqualTo("Jeanne.Martin@example.fr");
        assertThat(email.getSubject()).isEqualTo("Relais: time to follow up on “URGENT – Compte Facebook piraté – "
                + "https://www.facebook.com/jeanne.martin”");
        assertThat(email.getHeader("Content-Language", null)).isEqualTo("en");
        assertThat(email.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(email.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(email.getContentType()).contains("text/plain").containsIgnoringCase("charset=UTF-8");
        String unsubscribe = email.getHeader("List-Unsubscribe", null);
        assertThat(unsubscribe).matches("<https://relais\\.test/email/unsubscribe/[A-Za-z0-9_-]{20,64}\\?lang=en>");
        String text = (String) email.getContent();
        assertThat(text).contains("Hello, this is Relais. On Saturday 21 November 2026, you sent your request")
                .contains("To: abuse@facebook.com")
                .contains("Subject: Follow-up: URGENT – Compte Facebook piraté")
                .contains("To stop all of them: " + unsubscribe.substring(1, unsubscribe.length() - 1));

        // The one-click POST a mail app makes (RFC 8058), then the page a person opening the link sees.
        String url = local(unsubscribe.substring(1, unsubscribe.length() - 1));
        HttpResponse<String> clicked = post(url);
        assertThat(clicked.statusCode()).isEqualTo(200);
        assertThat(clicked.body()).contains("you will receive no more Relais reminders");
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept-Language", "fr-FR").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("you will receive no more Relais reminders").doesNotContain("<form");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

        clock.set(morning.plus(Duration.ofDays(2)));
        poller.poll();
        assertThat(SMTP.getReceivedMessages()).as("sent once").hasSize(1);
    }

    @Test
    void aManagerWhoUnsubscribesFromTheFirstStepGetsNoOtherStep() throws Exception {
        Instant confirmed = clock.instant();
        try (ChatClient chat = open()) {
            chat.hello().say("/start crisis").tap("C’est confirmé : panne générale").tap("Continuer sans déclarer")
                    .tap("Voir les messages à publier").tap("Je le publierai plus tard")
                    .expect("tant que cette page reste ouverte")
                    .say("cm@boutique.test").expect("à chaque étape");
        }
        clock.set(confirmed.plus(Duration.ofMinutes(30)));
        poller.poll();
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage first = SMTP.getReceivedMessages()[0];
        assertThat(first.getHeader("Content-Language", null)).isEqualTo("fr");
        assertThat(first.getSubject()).isEqualTo("Relais – cellule de crise : le moment de l’étape suivante");
        String unsubscribe = first.getHeader("List-Unsubscribe", null);
        Matcher url = Pattern.compile("<(.+)>").matcher(unsubscribe);
        assertThat(url.matches()).isTrue();

        String link = local(url.group(1));
        HttpResponse<String> ask = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ask.body()).as("a link followed by a scanner unsubscribes nobody").contains("<form method=\"post\">");
        clock.set(confirmed.plus(Duration.ofMinutes(45)));
        poller.poll();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(post(link).body()).contains("vous ne recevrez plus aucun rappel");

        clock.set(confirmed.plus(Duration.ofHours(3)));
        poller.poll();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    private static HttpResponse<String> post(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
