package app.relais.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Suspended accounts and refused appeals over Telegram (the real telegrambots client against the
 * fake Bot API): the appeal question comes as inline buttons, and what remains after a refusal
 * comes with URL buttons to the bodies outside the platform.
 */
class TelegramAfterRefusalTest {

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
    void aSuspendedTikTokAccountIsAskedAboutTheAppealThenAnsweredWithWhatRemains() throws Exception {
        TelegramChat chat = telegram.chat(5518273642L, "fr")
                .says("mon compte tiktok a été suspendu pour rien")
                .expect("Compte TikTok banni ou suspendu")
                .taps("Oui, c’est ça")
                .expect("Avez-vous déjà fait appel de ce bannissement auprès de TikTok ?")
                .expectButton("Non, pas encore")
                .expectButton("Oui, j’attends la réponse")
                .taps("Oui, c’est refusé")
                .expect("TikTok ne documente pas de second appel")
                .expect("Appeals Centre Europe (Union européenne)")
                .expectUrlButton("https://appealscentre.eu")
                .expectUrlButton("https://www.user-rights.org")
                .expectButton("Préparer ma demande");
        assertThat(chat.last()).noneMatch(c -> c.text().contains("Faire appel depuis la notification de bannissement"));
        // Appeal buttons fit Telegram's 64-byte callback data.
        assertThat(telegram.api.calls("sendMessage")).flatMap(FakeTelegramApi.Call::buttons)
                .filteredOn(b -> b.has("callback_data"))
                .allSatisfy(b -> assertThat(b.path("callback_data").asText().getBytes(StandardCharsets.UTF_8).length).isBetween(1, 64));
    }

    @Test
    void aRefusedWhatsAppReviewInTheFirstSentenceIsNotSentToRequestAReviewAgain() throws Exception {
        TelegramChat chat = telegram.chat(6022418891L, "fr")
                .says("ma demande de réexamen whatsapp a été refusée")
                .expect("Numéro WhatsApp banni")
                .taps("Oui, c’est ça")
                .expect("Vous m’avez écrit que votre demande a déjà été refusée")
                .expect("WhatsApp ne documente aucun second examen après un refus")
                .expect("support@whatsapp.com")
                .expectUrlButton("https://x.com/WhatsApp");
        assertThat(chat.last()).noneMatch(c -> c.text().contains("puis touchez « Demander un examen »"));
        assertThat(chat.last()).noneMatch(c -> c.text().contains("Avez-vous déjà touché"));
    }

    @Test
    void anEnglishSpeakerAnswersTheQuestionInWords() throws Exception {
        telegram.chat(6022418892L, "en")
                .says("whatsapp banned my number")
                .expect("Banned WhatsApp number")
                .taps("Yes, that’s it")
                .expect("Have you already tapped \"Request a review\" for this number?")
                .says("yes, still waiting")
                .expect("sending another request does not speed the review up");
    }
}
