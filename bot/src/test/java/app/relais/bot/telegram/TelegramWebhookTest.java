package app.relais.bot.telegram;

import app.relais.bot.channel.SendGate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.relais.testing.TestRelais;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** Webhook mode: registered at start with its secret; only Telegram, who knows the secret, gets in. */
class TelegramWebhookTest {

    private static final String SECRET = "Rl8_webhook-SECRET_2026";
    private static final String URL = "https://relais.example.org/telegram/webhook";
    private static final long CHAT = 5518273641L;

    private FakeTelegramApi api;
    private TelegramAdapter adapter;
    private MockMvc mvc;
    private TelegramChat chat;

    @BeforeEach
    void start() throws Exception {
        api = new FakeTelegramApi();
        TestRelais relais = new TestRelais();
        TelegramProperties properties = new TelegramProperties(FakeTelegramApi.TOKEN, api.url(),
                TelegramProperties.Mode.WEBHOOK, SECRET, null, URI.create(URL));
        adapter = TelegramAdapter.builder(properties, relais.core().engine(), relais.core().intake(), relais.core().files())
                .sendGate(SendGate.OPEN)
                .build();
        adapter.start();
        TelegramChannel channel = TelegramChannel.on(adapter, TelegramProperties.Mode.WEBHOOK);
        mvc = MockMvcBuilders.standaloneSetup(new TelegramWebhookController(channel, properties)).build();
        chat = new TelegramChat(null, CHAT, "fr");
    }

    @AfterEach
    void stop() {
        adapter.close();
        api.close();
    }

    @Test
    void theWebhookIsRegisteredAtStartWithItsPublicUrlAndSecretAndNoPollingHappens() {
        assertThat(api.calls("setWebhook")).singleElement().satisfies(call -> {
            assertThat(call.body().path("url").asText()).isEqualTo(URL);
            assertThat(call.body().path("secret_token").asText()).isEqualTo(SECRET);
        });
        assertThat(api.calls("deleteWebhook")).isEmpty();
    }

    @Test
    void anUpdateWithTheRightSecretIsAcceptedAndAnswered() throws Exception {
        mvc.perform(post(TelegramWebhookController.PATH).header(TelegramWebhookController.SECRET_HEADER, SECRET)
                        .contentType(MediaType.APPLICATION_JSON).content(update(1, "mon compte Facebook a été piraté")))
                .andExpect(status().isOk());

        FakeTelegramApi.Call reply = api.await(c -> c.method().equals("sendmessage"), Duration.ofSeconds(20));
        assertThat(reply.chatId()).isEqualTo(String.valueOf(CHAT));
        assertThat(reply.text()).contains("Compte Facebook piraté");
    }

    @Test
    void anUpdateWithoutTheSecretOrWithAWrongOneIsRefusedAndNeverHandled() throws Exception {
        mvc.perform(post(TelegramWebhookController.PATH).contentType(MediaType.APPLICATION_JSON)
                        .content(update(2, "mon compte Facebook a été piraté")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(TelegramWebhookController.PATH).header(TelegramWebhookController.SECRET_HEADER, SECRET + "x")
                        .contentType(MediaType.APPLICATION_JSON).content(update(3, "mon compte Facebook a été piraté")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(TelegramWebhookController.PATH).header(TelegramWebhookController.SECRET_HEADER, "")
                        .contentType(MediaType.APPLICATION_JSON).content(update(4, "mon compte Facebook a été piraté")))
                .andExpect(status().isUnauthorized());
        // The same id with the right secret is still new: refused requests stored nothing.
        mvc.perform(post(TelegramWebhookController.PATH).header(TelegramWebhookController.SECRET_HEADER, SECRET)
                        .contentType(MediaType.APPLICATION_JSON).content(update(2, "mon compte Facebook a été piraté")))
                .andExpect(status().isOk());

        assertThat(adapter.consumer().awaitHandled(1, Duration.ofSeconds(20))).isTrue();
        assertThat(api.sent()).hasSize(1);
    }

    @Test
    void anUpdateTelegramPostsTwiceIsAnsweredOnce() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(post(TelegramWebhookController.PATH).header(TelegramWebhookController.SECRET_HEADER, SECRET)
                            .contentType(MediaType.APPLICATION_JSON).content(update(5, "mon compte Facebook a été piraté")))
                    .andExpect(status().isOk());
        }
        assertThat(adapter.consumer().awaitHandled(2, Duration.ofSeconds(20))).isTrue();
        assertThat(api.sent()).filteredOn(c -> c.text().contains("Compte Facebook piraté")).hasSize(1);
    }

    @Test
    void aBodyThatIsNotAnUpdateIsABadRequest() throws Exception {
        mvc.perform(post(TelegramWebhookController.PATH).header(TelegramWebhookController.SECRET_HEADER, SECRET)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"hello\":"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void withoutAWebhookChannelThePathDoesNotExist() throws Exception {
        TelegramProperties polling = new TelegramProperties(FakeTelegramApi.TOKEN, api.url(),
                TelegramProperties.Mode.POLLING, null, null, null);
        for (TelegramChannel channel : List.of(TelegramChannel.off(), TelegramChannel.on(adapter, TelegramProperties.Mode.POLLING))) {
            MockMvcBuilders.standaloneSetup(new TelegramWebhookController(channel, polling)).build()
                    .perform(post(TelegramWebhookController.PATH).header(TelegramWebhookController.SECRET_HEADER, SECRET)
                            .contentType(MediaType.APPLICATION_JSON).content(update(900, "bonjour")))
                    .andExpect(status().isNotFound());
        }
        assertThat(adapter.consumer().handled()).isZero();
    }

    private String update(int id, String text) {
        ObjectNode update = chat.message("text.json");
        update.put("update_id", id);
        ((ObjectNode) update.path("message")).put("text", text);
        return update.toString();
    }
}
