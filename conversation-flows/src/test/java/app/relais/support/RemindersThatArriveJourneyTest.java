package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;
import static app.relais.testing.ReplyMatchers.withFile;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.FileRef;
import app.relais.conversation.InputHint;
import app.relais.core.RelaisCore;
import app.relais.email.Email;
import app.relais.testing.Conversation;
import app.relais.testing.InMemoryChannel;
import app.relais.testing.MutableClock;
import app.relais.testing.RecordingEmailSender;
import app.relais.testing.TestRelais;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * "Je vous le rappellerai ce jour-là", kept where the channel cannot write later (a web page):
 * said honestly, a calendar file that rings at 09:00 in the person's zone, and a reminder by email
 * on the due day for those who give an address (issue 20).
 */
class RemindersThatArriveJourneyTest {

    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private final MutableClock clock = MutableClock.at("2026-11-21T15:23:00Z");
    private final RecordingEmailSender mail = new RecordingEmailSender();
    private final InMemoryChannel page = InMemoryChannel.page(MONTREAL);
    private final TestRelais relais = start(RelaisCore.builder().zone(ZoneId.of("Europe/Paris")).emailSender(mail));

    private TestRelais start(RelaisCore.Builder builder) {
        TestRelais instance = new TestRelais(clock, builder);
        instance.core().registerGateway(page);
        instance.core().registerGateway(new InMemoryChannel());
        return instance;
    }

    private Conversation onThePage(TestRelais instance, Locale locale) {
        return instance.conversation(new ConversationKey(InMemoryChannel.PAGE, UUID.randomUUID().toString()), locale);
    }

    private static Conversation sent(Conversation c) {
        return HackedAccountJourneyTest.walkToReview(c).tap("C’est parfait").tap("J’ai envoyé ma demande");
    }

    @Test
    void onAPageTheBotSaysItCannotWriteFirstGivesANineOClockCalendarAndSendsTheEmailOnceOnTheDueDay() {
        Conversation c = sent(onThePage(relais, Locale.FRANCE))
                .expectReply(containing("je ne peux pas vous écrire de moi-même"))
                .expectNoReply(containing("Je vous le rappellerai"))
                .expectReply(containing("il sonnera le 28 novembre 2026 à 9 h"))
                .expectReply(withFile(".ics"))
                .expectReply(containing("À quelle adresse ?"))
                .expectReply(withChoice("Non merci"));
        assertThat(c.lastReplies().get(c.lastReplies().size() - 1).hint()).isEqualTo(InputHint.EMAIL);
        String ics = calendar(c);
        assertThat(start(ics).atOffset(ZoneOffset.UTC).atZoneSameInstant(MONTREAL).toLocalTime())
                .as("the .ics rings at 09:00 in the person's zone").hasToString("09:00");

        c.send("jeanne.martin@example")
                .expectReply(containing("Cette adresse email"))
                .expectReply(containing("À quelle adresse ?"))
                .send("Jeanne.Martin@Example.FR")
                .expectReply(containing("le 28 novembre 2026 au matin, je vous écrirai à Jeanne.Martin@example.fr"))
                .expectReply(withChoice("Préparer la relance"));

        clock.set(LocalDateTime.parse("2026-11-28T08:59").atZone(MONTREAL).toInstant());
        assertThat(relais.core().emailReminders().fireDue()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(relais.core().emailReminders().fireDue()).isEqualTo(1);
        assertThat(relais.core().emailReminders().fireDue()).isZero();

        Email email = mail.sent().get(0);
        assertThat(email.to()).isEqualTo("Jeanne.Martin@example.fr");
        assertThat(email.language()).isEqualTo("fr");
        assertThat(email.subject()).isEqualTo("Relais : le moment de relancer « URGENT – Compte Facebook piraté – "
                + "https://www.facebook.com/jeanne.martin »");
        assertThat(email.text()).contains("Le samedi 21 novembre 2026, vous avez envoyé votre demande")
                .contains("À : abuse@facebook.com").contains("Objet : Relance : URGENT")
                .contains("Cordialement").contains("consulter un avocat")
                .contains("Pour ne plus en recevoir aucun : " + email.unsubscribeUrl());
        assertThat(email.unsubscribeUrl()).startsWith(RecordingEmailSender.BASE);
    }

    @Test
    void noThanksIsHeardAndNothingIsSentByEmail() {
        Conversation c = sent(onThePage(relais, Locale.FRANCE)).tap("Non merci")
                .expectReply(containing("pas d’email"))
                .expectReply(withChoice("C’est résolu"));
        clock.advance(Duration.ofDays(8));
        assertThat(relais.core().emailReminders().fireDue()).isZero();
        assertThat(c.lastTurn().language()).isEqualTo("fr");
    }

    @Test
    void solvedOrForgottenCancelsTheEmailAndUnsubscribingStopsIt() {
        Conversation solved = sent(onThePage(relais, Locale.FRANCE)).send("jeanne@example.fr").tap("C’est résolu");
        Conversation forgotten = sent(onThePage(relais, Locale.FRANCE)).send("paul@example.fr")
                .send("/forget").tap("Oui, tout effacer");
        assertThat(forgotten.lastTurn().erased()).isTrue();
        Conversation unsubscribed = sent(onThePage(relais, Locale.FRANCE)).send("lea@example.fr");
        String token = relais.core().emailReminders().pending(unsubscribed.key()).get(0).token();
        assertThat(relais.core().emailReminders().unsubscribe(token)).isTrue();
        assertThat(relais.core().emailReminders().unsubscribe(token)).isFalse();

        clock.advance(Duration.ofDays(8));
        assertThat(relais.core().emailReminders().fireDue()).isZero();
        assertThat(mail.sent()).isEmpty();
        assertThat(relais.core().emailReminders().pending(solved.key())).isEmpty();
    }

    @Test
    void aMailServerThatIsDownIsTriedAgainLaterAndTheEmailLeavesOnceInThePersonsLanguage() {
        sent(onThePage(relais, Locale.FRANCE)).send("/lang en").send("jeanne@example.org")
                .expectReply(containing("I will write to you at jeanne@example.org"));
        clock.advance(Duration.ofDays(8));
        mail.failNext(1);
        assertThat(relais.core().emailReminders().fireDue()).isZero();
        clock.advance(Duration.ofMinutes(5));
        assertThat(relais.core().emailReminders().fireDue()).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(relais.core().emailReminders().fireDue()).isZero();
        assertThat(mail.sent()).singleElement().satisfies(e -> {
            assertThat(e.language()).isEqualTo("en");
            assertThat(e.text()).contains("Hello, this is Relais").contains("To stop all of them: ");
        });
    }

    @Test
    void whereTheChannelWritesFirstTheReminderIsPromisedAndNoEmailIsAsked() {
        clock.set(java.time.Instant.parse("2026-11-21T04:23:00Z"));
        Conversation c = sent(relais.french())
                .expectReply(containing("Je vous le rappellerai ce jour-là"))
                .expectNoReply(containing("À quelle adresse ?"))
                .expectReply(withChoice("Préparer la relance"));
        assertThat(start(calendar(c)).atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.of("Europe/Paris"))
                .toLocalTime()).as("09:00 in RELAIS_ZONE, not the 05:23 it was sent at").hasToString("09:00");
    }

    @Test
    void withoutAWayToSendEmailsTheOfferIsNotMadeButTheCalendarIs() {
        TestRelais noMail = start(RelaisCore.builder().zone(ZoneId.of("Europe/Paris")));
        sent(onThePage(noMail, Locale.FRANCE))
                .expectReply(containing("je ne peux pas vous écrire de moi-même"))
                .expectReply(withFile(".ics"))
                .expectNoReply(containing("À quelle adresse ?"))
                .expectReply(withChoice("Préparer la relance"));
    }

    private String calendar(Conversation c) {
        FileRef ics = c.lastReplies().stream().flatMap(r -> r.files().stream())
                .filter(f -> f.name().endsWith(".ics")).findFirst().orElseThrow();
        return new String(relais.core().files().content(ics.fileId()).orElseThrow(), StandardCharsets.UTF_8);
    }

    private static LocalDateTime start(String ics) {
        Matcher m = Pattern.compile("DTSTART:(\\d{8}T\\d{6})Z").matcher(ics);
        assertThat(m.find()).as("a DTSTART in UTC in:\n" + ics).isTrue();
        return LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
    }
}
