package app.relais.crisis;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;
import static app.relais.testing.ReplyMatchers.withLink;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.LocalizedText;
import app.relais.conversation.Choice;
import app.relais.conversation.Reply;
import app.relais.core.RelaisCore;
import app.relais.outage.BusinessProfile;
import app.relais.outage.BusinessProfiles;
import app.relais.outage.Profiles;
import app.relais.outage.ServiceStatus;
import app.relais.testing.Conversation;
import app.relais.testing.InMemoryChannel;
import app.relais.testing.MutableClock;
import app.relais.testing.TestRelais;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A community manager walks through the crisis kit: confirms the outage, declares it so customers
 * see it, copies texts filled from the business profile, and follows a timeline that knows what
 * was done, with a reminder for each step still to do, and a next action at every point.
 */
class CrisisKitJourneyTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T08:00:00Z");
    private final InMemoryChannel channel = new InMemoryChannel();
    private final TestRelais relais = new TestRelais(clock, RelaisCore.builder().zone(ZoneId.of("Europe/Paris"))
            .business(Profiles.dupont()).publicUrl("https://relais.boutique-dupont.fr"));

    CrisisKitJourneyTest() {
        relais.core().registerGateway(channel);
    }

    private List<String> reminders(Conversation c) {
        return channel.pushedTo(c.key()).stream().map(Reply::text).toList();
    }

    private Conversation confirmed(Conversation manager) {
        return manager.command("start", "crisis")
                .expectReply(containing("Bonjour, je suis Relais. Je vous accompagne pendant la panne"))
                .expectNoReply(containing("support d’une plateforme"))
                .expectReply(containing("plusieurs appareils"))
                .expectReply(containing("Downdetector"))
                .expectReply(containing("#messengerdown"))
                .tap("Ça ne touche que moi")
                .expectReply(containing("probablement pas une panne générale"))
                .tap("C’est confirmé : panne générale");
    }

    @Test
    void theFirstStepOffersToDeclareTheIncidentAndShowsWhatCustomersWillSee() {
        Conversation manager = confirmed(relais.french())
                .expectReply(containing("Déclarez maintenant l’incident Messenger dans Relais"))
                .expectReply(withLink("https://relais.boutique-dupont.fr/admin/incidents.html?declare=messenger&status=outage&fr=Messenger+est+en+panne"))
                .expectReply(containing("• la bannière du chat et de la page d’état : « Messenger : Messenger est en panne : vos messages ne nous parviennent pas."))
                .expectReply(containing("• l’accueil du chat : « Bonjour, vous êtes bien chez Boutique Dupont : notre équipe vous répond ici. »"))
                .tap("C’est déclaré")
                .expectReply(containing("Je ne vois pas encore d’incident déclaré"));
        clock.advance(Duration.ofMinutes(5));
        relais.core().outage().declare("messenger", ServiceStatus.OUTAGE,
                new LocalizedText("Messenger est en panne.", "Messenger is down."), null);
        manager.tap("C’est déclaré")
                .expectReply(containing("C’est bien déclaré depuis 09:05 : la bannière est visible."))
                .expectReply(containing("les chatbots"));
        relais.english().command("start", "crisis").tap("Confirmed: it is a general outage")
                .expectReply(containing("The Messenger incident has been declared since 09:05 (Paris time)"))
                .expectReply(containing("“Messenger: Messenger is down.”"));
    }

    @Test
    void theTemplatesCarryTheBusinessContactsNoPlaceholderAndEachCopiesAsItIs() {
        Conversation manager = confirmed(relais.french()).tap("Continuer sans déclarer").tap("Voir les messages à publier");
        List<Reply> texts = manager.lastReplies().stream().filter(Reply::copyable).toList();
        assertThat(texts).hasSize(3).allSatisfy(t -> assertThat(t.text()).doesNotContain("[").doesNotContain("example"));
        assertThat(texts.get(0).text()).isEqualTo("📢 Messenger est en panne en ce moment : vos messages ne nous parviennent pas"
                + " ou restent sans réponse, et nous en sommes désolés. Pour nous joindre pendant ce temps : par e-mail à"
                + " contact@boutique-dupont.fr, par téléphone au 04 78 00 00 00 ou sur le chat de notre site"
                + " (https://relais.boutique-dupont.fr/). Nous vous tenons au courant ici, au moins toutes les deux heures."
                + " L’état de nos canaux : https://relais.boutique-dupont.fr/status");
        assertThat(texts.get(1).text()).startsWith("🔄 Messenger reste perturbé.").contains("Nous continuons à vous répondre par e-mail");
        assertThat(texts.get(2).text()).startsWith("✅ Messenger fonctionne de nouveau.");
    }

    @Test
    void aBusinessThatSpeaksBothLanguagesGetsEveryTextInBothAndAnEmptyProfileIsSaidSo() {
        BusinessProfile seed = BusinessProfiles.load();
        relais.core().profiles().update(new BusinessProfile(null, null, null, null, null, null, List.of("fr", "en"), null,
                null, seed.channels(), null, null), "Camille", clock.instant());
        Conversation manager = confirmed(relais.french()).tap("Continuer sans déclarer").tap("Voir les messages à publier")
                .expectReply(containing("Votre profil d’entreprise ne donne encore aucun contact"))
                .expectReply(withLink("https://relais.boutique-dupont.fr/admin/profile.html"));
        assertThat(manager.lastReplies().stream().filter(Reply::copyable)).hasSize(6)
                .anyMatch(r -> r.text().startsWith("📢 Messenger is currently down"))
                .noneMatch(r -> r.text().contains("@"));
    }

    @Test
    void theTimelineFollowsWhatWasDoneAndRemindsOnlyOfWhatIsLeft() {
        Conversation manager = confirmed(relais.french());
        clock.advance(Duration.ofMinutes(5));
        manager.tap("Continuer sans déclarer").tap("Voir les messages à publier")
                .expectReply(containing("Votre premier message est-il publié ?"))
                .tap("C’est publié")
                .expectReply(containing("Calendrier d’actions, compté depuis la confirmation de la panne (heure de Paris) :"))
                .expectReply(containing("✓ confirmer la panne et prévenir l’équipe : fait à 09:00"))
                .expectReply(containing("✓ publier l’annonce sur les réseaux sociaux : fait à 09:05"))
                .expectReply(containing("• rediriger les demandes vers l’adresse e-mail du service client : à 10:00"))
                .expectReply(containing("• vérifier les réponses de la FAQ : à 11:00"))
                .expectReply(containing("2 rappels prévus"))
                .expectNoReply(withChoice("Annonce publiée"))
                .tap("Demandes redirigées")
                .expectReply(containing("Noté : « rediriger les demandes vers l’adresse e-mail du service client », fait à 09:05."));

        clock.advance(Duration.ofMinutes(25));
        assertThat(relais.core().timeline().runDue()).as("the announcement is posted: no reminder for it").isZero();
        clock.advance(Duration.ofMinutes(100));
        assertThat(relais.core().timeline().runDue()).isEqualTo(1);
        assertThat(reminders(manager)).singleElement().asString().contains("FAQ");
    }

    @Test
    void afterTheRemindersStopAndAfterTheEndThereIsAlwaysANextAction() {
        relais.core().outage().declare("messenger", ServiceStatus.OUTAGE,
                new LocalizedText("Messenger est en panne.", "Messenger is down."), null);
        Conversation manager = relais.english().command("start", "crisis")
                .tap("Confirmed: it is a general outage")
                .tap("See what the outage affects")
                .tap("See the messages to post")
                .tap("I will post it later")
                .tap("Stop the reminders")
                .expectReply(containing("Reminders stopped."))
                .expectReply(withChoice("Give news"))
                .expectReply(withChoice("The outage is over"))
                .expectReply(withChoice("Resume the reminders"))
                .tap("Give news")
                .expectReply(containing("The update message, to adapt if something changed:"))
                .expectReply(containing("🔄 Messenger reste perturbé."))
                .tap("The outage is over")
                .expectReply(containing("✅ Messenger fonctionne de nouveau."))
                .expectReply(withLink("https://relais.boutique-dupont.fr/admin/incidents.html#incident-form"))
                .expectReply(withLink("https://relais.boutique-dupont.fr/admin/reports.html"))
                .expectReply(withChoice("New crisis kit"));
        assertThat(manager.lastReplies().stream().filter(Reply::copyable)).singleElement()
                .extracting(Reply::text).asString().startsWith("✅");
        clock.advance(Duration.ofHours(3));
        assertThat(relais.core().timeline().runDue()).isZero();
        assertThat(reminders(manager)).isEmpty();
        manager.tap("New crisis kit").expectReply(containing("Before announcing anything"));
        assertThat(manager.lastReplies()).last().extracting(Reply::choices).asList().isNotEmpty();
    }

    @Test
    void withoutThePublicAddressTheWebChatGetsAPathAndOtherChannelsNoDeadLink() {
        TestRelais plain = new TestRelais(clock, RelaisCore.builder().business(Profiles.dupont()));
        Conversation memory = plain.french().command("start", "crisis").tap("C’est confirmé : panne générale")
                .expectReply(containing("Ouvrez la page « Incidents » du bureau des agents de Relais (/admin/incidents.html sur son serveur)"));
        assertThat(memory.lastReplies()).flatMap(Reply::links).isEmpty();
        Conversation web = plain.conversation(new app.relais.conversation.ConversationKey("web", "s-1"), java.util.Locale.FRANCE)
                .command("start", "crisis").tap("C’est confirmé : panne générale")
                .expectReply(withLink("/admin/incidents.html?declare=messenger"));
        assertThat(web.lastReplies()).flatMap(Reply::choices).extracting(Choice::label).contains("Continuer sans déclarer");
    }
}
