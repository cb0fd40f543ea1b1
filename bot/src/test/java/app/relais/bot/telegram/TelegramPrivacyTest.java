package app.relais.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.channel.JdbcInbox;
import app.relais.bot.store.Databases;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 20 on Telegram, over the fake Bot API: a message that held a password is deleted from the
 * chat when Telegram allows it (and the person is told either way), /status in DELIVER sends the
 * draft and its files again, /forget says what stays in the Telegram app, and the follow-up
 * reminder is promised because Telegram does reach the person later. What Relais keeps of the
 * updates themselves (the inbox, until the purge) loses the secret and is emptied by /forget.
 */
class TelegramPrivacyTest {

    private TelegramHarness telegram;
    /** The inbox Telegram's updates are kept in, as in production (H2 here). */
    private final JdbcTemplate jdbc = new JdbcTemplate(Databases.h2());

    @BeforeEach
    void start() throws Exception {
        telegram = new TelegramHarness(b -> b.inbox(new JdbcInbox(jdbc, InboundMapper.CHANNEL)), engine -> engine);
        telegram.relais.core().registerGateway(telegram.adapter.gateway());
    }

    private List<String> storedUpdates(long chatId) {
        return jdbc.queryForList("select payload from channel_inbox where channel = 'telegram' and conversation = ?"
                + " order by position", String.class, String.valueOf(chatId));
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    private TelegramChat atTheEmailStep(long chatId) throws InterruptedException {
        return telegram.chat(chatId, "fr").says("mon compte Facebook a été piraté").taps("Oui, c’est ça")
                .taps("Préparer ma demande").says("https://www.facebook.com/jeanne.martin").expect("(2/5)");
    }

    @Test
    void theMessageThatHeldAPasswordIsDeletedFromTheChatAndThePersonIsTold() throws Exception {
        TelegramChat chat = atTheEmailStep(5518273641L).says("mon mot de passe est Soleil2024!")
                .expect("j’ai masqué")
                .expect("J’ai aussi supprimé votre message de cette discussion")
                .expect("(2/5)");
        assertThat(chat.lastText()).doesNotContain("Il manque le @").doesNotContain("Soleil2024");
        assertThat(telegram.api.calls("deleteMessage")).singleElement().satisfies(call -> {
            assertThat(call.body().path("chat_id").asText()).isEqualTo("5518273641");
            assertThat(call.body().path("message_id").asInt()).isEqualTo(41);
        });
        chat.says("jeanne.martin@example.fr").expect("(3/5)");
        assertThat(telegram.api.calls("deleteMessage")).hasSize(1);
        // The update as Relais stored it is emptied once handled; the others stay as received.
        assertThat(storedUpdates(5518273641L)).noneMatch(p -> p.contains("Soleil2024"))
                .contains("{}").anyMatch(p -> p.contains("jeanne.martin@example.fr"));
    }

    @Test
    void whenTelegramRefusesTheDeletionThePersonIsAskedToDeleteItThemselves() throws Exception {
        TelegramChat chat = atTheEmailStep(6022418890L);
        telegram.api.failNext("deleteMessage", 400,
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message can't be deleted\"}");
        chat.says("mdp : azerty123").expect("supprimez-le vous-même").expect("(2/5)");
    }

    @Test
    void statusInDeliverSendsTheDraftTheLinksAndTheFilesAgain() throws Exception {
        TelegramChat chat = atTheEmailStep(7011223344L).says("jeanne.martin@example.fr")
                .says("12/11/2026 21:30").taps("Oui, c’est juste")
                .says("Mot de passe et adresse email changés").taps("Passer")
                .taps("Titulaire du compte")
                .says("Le 12 novembre vers 21h30 j’ai reçu un email de changement de mot de passe.")
                .says("Mon événement de samedi est annoncé sur ce compte.")
                .taps("Me rendre l’accès à mon compte et annuler les modifications du pirate")
                .taps("Ne pas signer")
                .taps("C’est parfait").expect("formulaire officiel");

        chat.says("/status").expect("envoi de la demande").expect("la revoici, avec ses fichiers")
                .expect("À : abuse@facebook.com").expect("mailto:abuse@facebook.com?subject=")
                .expectUrlButton("https://www.facebook.com/hacked");
        List<String> documents = chat.last().stream().filter(c -> c.method().equals("senddocument"))
                .flatMap(c -> c.body().findValuesAsText("file_name").stream()).toList();
        assertThat(documents).anyMatch(n -> n.endsWith(".eml")).anyMatch(n -> n.endsWith(".zip"));

        chat.taps("J’ai envoyé ma demande").expect("Je vous le rappellerai ce jour-là").expect("à 9 h");
        assertThat(chat.lastText()).doesNotContain("À quelle adresse");
    }

    @Test
    void forgetSaysWhatStaysInTheTelegramAppAndEmptiesTheStoredUpdates() throws Exception {
        telegram.chat(8899001122L, "en").says("my facebook account was hacked").says("/forget")
                .taps("Yes, erase everything").expect("Done").expect("delete the chat");
        assertThat(storedUpdates(8899001122L)).hasSize(3).allMatch("{}"::equals);
    }
}
