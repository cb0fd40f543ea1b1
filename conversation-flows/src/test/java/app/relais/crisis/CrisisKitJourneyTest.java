package app.relais.crisis;

import static app.relais.testing.ReplyMatchers.containing;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.Reply;
import app.relais.core.RelaisCore;
import app.relais.testing.Conversation;
import app.relais.testing.InMemoryChannel;
import app.relais.testing.MutableClock;
import app.relais.testing.TestRelais;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A community manager walks through the crisis kit and gets each step's reminder on time. */
class CrisisKitJourneyTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T08:00:00Z");
    private final InMemoryChannel channel = new InMemoryChannel();
    private final TestRelais relais = new TestRelais(clock, RelaisCore.builder().zone(ZoneId.of("Europe/Paris")));

    CrisisKitJourneyTest() {
        relais.core().registerGateway(channel);
    }

    private List<String> reminders(Conversation c) {
        return channel.pushedTo(c.key()).stream().map(Reply::text).toList();
    }

    @Test
    void fromTheChecklistToTheTimelineWithRemindersAsEachStepFallsDue() {
        Conversation manager = relais.french().command("start", "crisis")
                .expectReply(containing("plusieurs appareils"))
                .expectReply(containing("Downdetector"))
                .expectReply(containing("metastatus.com ne couvre que les produits professionnels de Meta"))
                .expectReply(containing("#messengerdown"))
                .tap("Ça ne touche que moi")
                .expectReply(containing("probablement pas une panne générale"));
        clock.advance(Duration.ofMinutes(5));
        manager.tap("C’est confirmé : panne générale")
                .expectReply(containing("les chatbots"))
                .expectReply(containing("les publicités"))
                .tap("Voir les messages à publier")
                .expectReply(containing("Messenger rencontre actuellement une panne"))
                .expectReply(containing("Messenger is currently down"))
                .expectReply(containing("[e-mail]"))
                .expectReply(containing("✅ Messenger fonctionne de nouveau"))
                .tap("Planifier les étapes")
                .expectReply(containing("confirmer la panne et prévenir l’équipe : maintenant"))
                .expectReply(containing("publier l’annonce sur les réseaux sociaux : 09:35"))
                .expectReply(containing("rediriger les demandes vers l’adresse e-mail du service client : 10:05"))
                .expectReply(containing("mettre en ligne une page FAQ sur le site : 11:05"))
                .expectReply(containing("toutes les heures ou toutes les deux heures"))
                .expectReply(containing("3 rappels prévus"));

        clock.advance(Duration.ofMinutes(29));
        assertThat(relais.core().timeline().runDue()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(relais.core().timeline().runDue()).isEqualTo(1);
        assertThat(reminders(manager)).containsExactly(
                "⏰ C’est le moment de publier l’annonce de la panne sur vos réseaux sociaux (+30 min).");
        clock.advance(Duration.ofMinutes(90));
        assertThat(relais.core().timeline().runDue()).isEqualTo(2);
        assertThat(reminders(manager)).hasSize(3).last().asString().contains("page FAQ");
        assertThat(relais.core().timeline().runDue()).isZero();
    }

    @Test
    void theRemindersCanBeStopped() {
        Conversation manager = relais.english().command("start", "crisis")
                .tap("Confirmed: it is a general outage")
                .tap("See the messages to post")
                .tap("Plan the steps")
                .tap("Stop the reminders")
                .expectReply(containing("Reminders stopped"));
        clock.advance(Duration.ofHours(3));
        assertThat(relais.core().timeline().runDue()).isZero();
        assertThat(reminders(manager)).isEmpty();
    }
}
