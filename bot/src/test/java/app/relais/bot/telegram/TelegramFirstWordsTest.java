package app.relais.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.LocalizedText;
import app.relais.outage.ServiceStatus;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A visitor's first words over Telegram (real client, fake Bot API): a question for the business
 * reaches its FAQ before any incident, a platform problem reaches the support assistant during one,
 * and asking for a person reaches a person.
 */
class TelegramFirstWordsTest {

    private TelegramHarness telegram;

    @BeforeEach
    void start() throws Exception {
        telegram = new TelegramHarness(UnaryOperator.identity(), engine -> engine);
        telegram.adapter.showOutageNotices(telegram.relais.core().outage());
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void beforeAnIncidentABusinessQuestionReachesTheFaq() throws Exception {
        TelegramChat customer = telegram.chat(5518273641L, "fr")
                .says("quand est-ce que vous livrez ?")
                .expect("Où en est ma commande ?")
                .expect("e-mail de confirmation d’expédition")
                .expectButton("Merci, c’est clair");
        assertThat(customer.sentToChat()).noneMatch(c -> c.text().contains("Sur quelle plateforme"));
    }

    @Test
    void duringAnIncidentAPlatformProblemReachesItsFlow() throws Exception {
        telegram.relais.core().outage().declare("messenger", ServiceStatus.OUTAGE,
                new LocalizedText("Messenger ne nous transmet plus vos messages.", "Messenger no longer delivers your messages."),
                null);
        telegram.chat(6022418890L, "fr")
                .says("/start")
                .expect("Messenger ne nous transmet plus vos messages.")
                .expect("Bonjour, vous êtes bien au service client : notre équipe vous répond ici.")
                .says("mon compte instagram a été piraté, je n’ai plus accès")
                .expect("Compte Instagram piraté")
                .taps("Oui, c’est ça")
                .expect("instagram.com/hacked");
        telegram.chat(6022418891L, "en")
                .says("someone hacked my facebook account and changed my password")
                .expect("Hacked Facebook account");
    }

    @Test
    void askingForAPersonReachesAPerson() throws Exception {
        TelegramChat customer = telegram.chat(6022418892L, "fr").says("je veux parler à un conseiller")
                .expect("je passe la main à une personne de l’équipe");
        assertThat(customer.last()).flatMap(FakeTelegramApi.Call::buttons).noneMatch(b -> b.path("text").asText().equals("Facebook"));
        assertThat(telegram.relais.core().handoff().tickets().active()).hasSize(1);
    }
}
