package app.relais.crisis;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;
import static app.relais.testing.ReplyMatchers.withFile;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.FileRef;
import app.relais.core.RelaisCore;
import app.relais.email.Email;
import app.relais.testing.Conversation;
import app.relais.testing.InMemoryChannel;
import app.relais.testing.MutableClock;
import app.relais.testing.RecordingEmailSender;
import app.relais.testing.TestRelais;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The crisis kit's step reminders for a manager on the web chat, whose page may be closed when a
 * step falls due: said honestly, the steps as calendar events at their times, each step by email.
 */
class CrisisRemindersOnAPageJourneyTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T08:00:00Z");
    private final RecordingEmailSender mail = new RecordingEmailSender();
    private final TestRelais relais = new TestRelais(clock,
            RelaisCore.builder().zone(ZoneId.of("Europe/Paris")).emailSender(mail));

    CrisisRemindersOnAPageJourneyTest() {
        relais.core().registerGateway(InMemoryChannel.page(ZoneId.of("Europe/Paris")));
    }

    private Conversation manager() {
        return relais.conversation(new ConversationKey(InMemoryChannel.PAGE, UUID.randomUUID().toString()),
                Locale.FRANCE).command("start", "crisis")
                .tap("C’est confirmé : panne générale")
                .tap("Continuer sans déclarer")
                .tap("Voir les messages à publier")
                .tap("Je le publierai plus tard");
    }

    @Test
    void theStepsComeAsACalendarAndByEmailEachAtItsTime() {
        Conversation c = manager()
                .expectReply(containing("publier l’annonce sur les réseaux sociaux : à 09:30"))
                .expectReply(containing("tant que cette page reste ouverte"))
                .expectReply(withFile(".ics"))
                .expectReply(containing("chaque étape par email"));
        FileRef ics = c.lastReplies().stream().flatMap(r -> r.files().stream()).findFirst().orElseThrow();
        String calendar = new String(relais.core().files().content(ics.fileId()).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(Pattern.compile("BEGIN:VEVENT").matcher(calendar).results().count()).isEqualTo(3);
        assertThat(calendar).contains("DTSTART:20261121T083000Z", "DTSTART:20261121T090000Z", "DTSTART:20261121T100000Z");

        c.send("heu c’est obligé ?").expectReply(containing("Ce n’est pas obligatoire"))
                .expectNoReply(containing("Il manque le @"))
                .send("cm@boutique.example").expectReply(containing("je vous écrirai à cm@boutique.example à chaque étape"))
                .expectReply(containing("09:30, 10:00, 11:00"))
                .expectReply(withChoice("Arrêter les rappels"));

        clock.advance(Duration.ofMinutes(30));
        assertThat(relais.core().emailReminders().fireDue()).isEqualTo(1);
        Email first = mail.sent().get(0);
        assertThat(first.subject()).isEqualTo("Relais – cellule de crise : le moment de l’étape suivante");
        assertThat(first.text()).contains("publier l’annonce de la panne sur vos réseaux sociaux");

        c.tap("Arrêter les rappels");
        clock.advance(Duration.ofHours(3));
        assertThat(relais.core().emailReminders().fireDue()).isZero();
        assertThat(mail.sent()).hasSize(1);
    }

    @Test
    void statusRepeatsTheTimelineAndItsCalendar() {
        manager().tap("Non merci").expectReply(containing("pas d’email"))
                .send("/status")
                .expectReply(containing("calendrier d’actions"))
                .expectReply(containing("vérifier les réponses de la FAQ : à 11:00"))
                .expectReply(withFile(".ics"));
    }
}
