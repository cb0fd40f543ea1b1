package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;
import static app.relais.testing.ReplyMatchers.withFile;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.Reply;
import app.relais.core.RelaisCore;
import app.relais.files.FileStore;
import app.relais.files.InMemoryFileStore;
import app.relais.followup.InMemoryReminderStore;
import app.relais.followup.ReminderStore;
import app.relais.store.CaffeineConversationStore;
import app.relais.store.ConversationStore;
import app.relais.testing.Conversation;
import app.relais.testing.InMemoryChannel;
import app.relais.testing.MutableClock;
import app.relais.testing.TestRelais;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** After "I sent it": the reminder a week later, pushed once, cancelled when solved, kept across restarts. */
class FollowUpJourneyTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T20:00:00Z");
    private final ConversationStore conversations = new CaffeineConversationStore(1_000, Duration.ofDays(30));
    private final FileStore files = new InMemoryFileStore(clock);
    private final ReminderStore reminders = new InMemoryReminderStore();
    private final InMemoryChannel channel = new InMemoryChannel();
    private final TestRelais relais = start();

    private TestRelais start() {
        TestRelais instance = new TestRelais(clock, RelaisCore.builder().conversations(conversations).files(files)
                .reminders(reminders).zone(ZoneId.of("Europe/Paris")));
        instance.core().registerGateway(channel);
        return instance;
    }

    private Conversation sentRequest() {
        return HackedAccountJourneyTest.walkToReview(relais.french())
                .tap("C’est parfait")
                .expectReply(containing("Avez-vous envoyé votre demande ?"))
                .tap("J’ai envoyé ma demande")
                .expectReply(containing("28 novembre 2026"))
                .expectReply(withFile(".ics"));
    }

    private List<Reply> pushed(Conversation c) {
        return channel.pushedTo(c.key());
    }

    @Test
    void sevenDaysAfterSendingTheFollowUpIsPushedExactlyOnce() {
        Conversation c = sentRequest();

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(relais.core().reminders().fireDue()).isZero();
        assertThat(pushed(c)).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        assertThat(relais.core().reminders().fireDue()).isEqualTo(1);
        assertThat(relais.core().reminders().fireDue()).isZero();

        List<Reply> pushed = pushed(c);
        assertThat(pushed).filteredOn(r -> r.text().startsWith("Bonjour, c’est Relais")).hasSize(1);
        assertThat(pushed).extracting(Reply::text)
                .anyMatch(t -> t.contains("Objet : Relance : URGENT – Compte Facebook piraté")
                        && t.contains("ma demande du samedi 21 novembre 2026")
                        && t.contains("Cordialement,\nJeanne Martin\n+33 6 12 34 56 78"))
                .anyMatch(t -> t.contains("consulter un avocat"));
        assertThat(pushed).flatExtracting(Reply::links).anyMatch(l -> l.url().startsWith("mailto:abuse@facebook.com"));
        assertThat(pushed).flatExtracting(Reply::choices).anyMatch(choice -> choice.label().equals("C’est résolu"));
    }

    @Test
    void sayingItIsSolvedCancelsTheReminder() {
        sentRequest().tap("C’est résolu").expectReply(containing("Tant mieux"));

        clock.advance(Duration.ofDays(8));

        assertThat(relais.core().reminders().fireDue()).isZero();
    }

    @Test
    void forgetCancelsTheReminder() {
        Conversation c = sentRequest().send("/forget").tap("Oui, tout effacer");

        clock.advance(Duration.ofDays(8));

        assertThat(relais.core().reminders().fireDue()).isZero();
        assertThat(pushed(c)).isEmpty();
    }

    @Test
    void aReminderDueWhileTheAppWasStoppedFiresAfterTheRestartExactlyOnce() {
        Conversation c = sentRequest();
        // The app stops; ten days pass; a new instance starts over the same stores.
        clock.advance(Duration.ofDays(10));
        TestRelais restarted = start();

        assertThat(restarted.core().reminders().fireDue()).isEqualTo(1);
        assertThat(restarted.core().reminders().fireDue()).isZero();
        assertThat(relais.core().reminders().fireDue()).as("a second instance on the same store").isZero();
        assertThat(pushed(c)).filteredOn(r -> r.text().startsWith("Bonjour, c’est Relais")).hasSize(1);
    }

    @Test
    void aReminderWaitsForAnInstanceThatHasItsChannel() {
        TestRelais withoutGateway = new TestRelais(clock, RelaisCore.builder().conversations(conversations)
                .files(files).reminders(reminders));
        Conversation c = sentRequest();
        clock.advance(Duration.ofDays(7));

        assertThat(withoutGateway.core().reminders().fireDue()).isZero();
        assertThat(relais.core().reminders().fireDue()).isEqualTo(1);
        assertThat(pushed(c)).isNotEmpty();
    }

    @Test
    void comingBackAfterTheDueDayOffersTheFollowUpAtOnce() {
        Conversation c = sentRequest();
        clock.advance(Duration.ofDays(7));

        c.send("bonjour")
                .expectReply(containing("Cela fait 7 jours"))
                .expectReply(withChoice("Préparer la relance"))
                .tap("Préparer la relance")
                .tap("Pas de numéro")
                .tap("Rien de nouveau")
                .expectReply(containing("Relance : URGENT – Compte Facebook piraté"))
                .expectReply(containing("Depuis, la situation n’a pas changé : le problème persiste."))
                .expectReply(containing("Si la relance reste sans effet"));
    }

    @Test
    void theFollowUpDelayIsConfigurable() {
        TestRelais threeDays = new TestRelais(clock, RelaisCore.builder().followUpAfter(Duration.ofDays(3)));
        threeDays.core().registerGateway(channel);
        Conversation c = HackedAccountJourneyTest.walkToReview(threeDays.french())
                .tap("C’est parfait")
                .expectReply(containing("relancer dans 3 jours"))
                .tap("J’ai envoyé ma demande")
                .expectReply(containing("24 novembre 2026"));

        clock.advance(Duration.ofDays(3));

        assertThat(threeDays.core().reminders().fireDue()).isEqualTo(1);
        assertThat(channel.pushedTo(c.key())).isNotEmpty();
    }
}
