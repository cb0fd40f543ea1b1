package app.relais.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The walking-skeleton journey over Telegram: the real telegrambots client long-polls our fake Bot
 * API, and everything below is asserted on what the fake recorded, buttons included.
 */
class TelegramJourneyTest {

    private TelegramHarness telegram;

    @BeforeEach
    void start() throws Exception {
        telegram = new TelegramHarness();
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void aHackedFacebookAccountEndsInADraftWithTheMailtoTextAndTheOfficialPageButton() throws Exception {
        TelegramChat chat = telegram.chat(5518273641L, "fr")
                .says("mon compte Facebook a été piraté")
                .expect("Compte Facebook piraté")
                .expectButton("Oui, c’est ça")
                .taps("Oui, c’est ça")
                .expect("facebook.com/hacked")
                .expectUrlButton("https://www.facebook.com/hacked")
                .expect("abuse@facebook.com")
                .expect("pas documentée officiellement")
                .expect("3 à 7 jours")
                .expect("mot de passe")
                .taps("Préparer ma demande")
                .expect("(1/5) Lien de votre profil Facebook")
                .says("https://www.facebook.com/jeanne.martin")
                .expect("(2/5)")
                .says("jeanne.martin@example.fr")
                .expect("(3/5)")
                .says("12/11/2026 21:30")
                .expect("jeudi 12 novembre 2026 à 21:30")
                .taps("Oui, c’est juste")
                .expect("(4/5)")
                .says("Mot de passe et adresse email changés, publications frauduleuses")
                .expect("(5/5) Captures d’écran")
                .sendsPhoto(TelegramHarness.bytes("/fixtures/screenshot.png"), "l’alerte reçue")
                .expect("photo-57.png")
                .taps("J’ai terminé")
                .expect("Qui êtes-vous")
                .taps("Titulaire du compte")
                .expect("Racontez ce qui s’est passé")
                .says("Le 12 novembre vers 21h30 j’ai reçu un email de changement de mot de passe, puis mon email a été remplacé.")
                .expect("conséquences")
                .says("Mon événement de samedi est annoncé sur ce compte, 300 participants attendent des nouvelles.")
                .expectButton("Me rendre l’accès à mon compte et annuler les modifications du pirate")
                .taps("Me rendre l’accès à mon compte et annuler les modifications du pirate")
                .expect("comment signer")
                .says("Jeanne Martin, jeanne.martin@example.fr")
                .expect("À : abuse@facebook.com")
                .expect("Objet : URGENT – Compte Facebook piraté – https://www.facebook.com/jeanne.martin")
                .expect("Cordialement,\nJeanne Martin\njeanne.martin@example.fr")
                .expect("300 participants")
                .expect("photo-57.png")
                .taps("C’est parfait")
                .expect("formulaire officiel")
                .expect("mailto:abuse@facebook.com?subject=")
                .expectUrlButton("https://www.facebook.com/hacked");

        // The screenshot went through getFile and a download from the configured API URL.
        assertThat(telegram.api.calls("getFile")).hasSize(1);
        assertThat(telegram.api.downloads()).singleElement().asString().startsWith("photos/");
        // Every button tap was answered, so no button kept spinning.
        assertThat(telegram.api.calls("answerCallbackQuery")).hasSize(7);
        // Plain text only: nothing the user typed can become markup.
        assertThat(chat.sentToChat()).allSatisfy(c -> assertThat(c.body().has("parse_mode")).isFalse());
        // Every button fits Telegram's limits: http(s) URL buttons, callback data of at most 64 bytes.
        assertThat(chat.sentToChat()).flatMap(FakeTelegramApi.Call::buttons).allSatisfy(TelegramJourneyTest::isValidButton);
    }

    @Test
    void anEnglishSpeakerIsAnsweredInEnglish() throws Exception {
        telegram.chat(6022418890L, "en")
                .says("my facebook account was hacked")
                .expect("Hacked Facebook account")
                .taps("Yes, that’s it")
                .expect("not officially documented")
                .expect("3 to 7 days");
    }

    @Test
    void startWithAParameterAndTheBotNameStartsTheFlow() throws Exception {
        TelegramChat chat = telegram.chat(5518273641L, "fr");
        chat.deliver(chat.message("start-param.json"));
        chat.expect("Bonjour, je suis Relais");
        chat.deliver(chat.message("start-botname.json"));
        chat.expect("Bonjour, je suis Relais");
        assertThat(chat.sentToChat()).noneMatch(c -> c.text().contains("Je ne connais pas la commande"));
    }

    private static void isValidButton(JsonNode button) {
        if (button.has("url")) {
            assertThat(button.path("url").asText()).matches("https?://.+");
        } else {
            assertThat(button.path("callback_data").asText().getBytes(StandardCharsets.UTF_8).length)
                    .isBetween(1, 64);
        }
    }
}
