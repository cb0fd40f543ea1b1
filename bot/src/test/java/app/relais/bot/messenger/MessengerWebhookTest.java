package app.relais.bot.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.relais.bot.channel.Delays;
import app.relais.conversation.Inbound;
import app.relais.conversation.Replies;
import app.relais.conversation.Reply;
import app.relais.testing.TestRelais;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The webhook as Meta uses it: the verification handshake, signed deliveries only, each event
 * answered once however often Meta delivers it, and each person's events in the order they happened.
 */
class MessengerWebhookTest {

    private static final String PSID = "6180230961927584";

    private MessengerHarness messenger;
    private final List<String> engineSaw = new CopyOnWriteArrayList<>();
    private final List<Runnable> timers = new ArrayList<>();

    @AfterEach
    void stop() {
        if (messenger != null) {
            messenger.close();
        }
    }

    @Test
    void metaGetsTheChallengeBackOnlyForASubscriptionWithTheRightVerifyToken() throws Exception {
        MockMvc mvc = webhook(Duration.ZERO);
        mvc.perform(get(MessengerWebhookController.PATH).param("hub.mode", "subscribe")
                        .param("hub.verify_token", FakeGraphApi.VERIFY_TOKEN).param("hub.challenge", "1158201444"))
                .andExpect(status().isOk()).andExpect(content().string("1158201444"));
        mvc.perform(get(MessengerWebhookController.PATH).param("hub.mode", "subscribe")
                        .param("hub.verify_token", FakeGraphApi.VERIFY_TOKEN + "x").param("hub.challenge", "1158201444"))
                .andExpect(status().isForbidden());
        mvc.perform(get(MessengerWebhookController.PATH).param("hub.mode", "unsubscribe")
                        .param("hub.verify_token", FakeGraphApi.VERIFY_TOKEN).param("hub.challenge", "1158201444"))
                .andExpect(status().isForbidden());
        mvc.perform(get(MessengerWebhookController.PATH).param("hub.challenge", "1158201444"))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyBodiesSignedWithTheAppSecretOverTheirRawBytesAreTaken() throws Exception {
        MockMvc mvc = webhook(Duration.ZERO);
        String json = new String(Webhooks.body(Webhooks.text(PSID, "m_sig", now(), "Bonjour, j’ai été piraté 😱")),
                StandardCharsets.UTF_8);
        byte[] raw = json.getBytes(StandardCharsets.UTF_8);
        // What a framework that re-serialises would sign: the same JSON with \\u escapes.
        byte[] escaped = json.replace("’", "\\u2019").replace("é", "\\u00e9").getBytes(StandardCharsets.UTF_8);

        mvc.perform(signed(raw, null)).andExpect(status().isForbidden());
        mvc.perform(signed(raw, "sha256=" + "0".repeat(64))).andExpect(status().isForbidden());
        mvc.perform(signed(raw, "sha256=not-hex")).andExpect(status().isForbidden());
        mvc.perform(signed(raw, "sha1=" + Webhooks.signature(raw).substring(7))).andExpect(status().isForbidden());
        mvc.perform(signed(raw, Webhooks.signature(escaped))).andExpect(status().isForbidden());
        assertThat(messenger.adapter.settledCount()).isZero();
        assertThat(engineSaw).isEmpty();

        mvc.perform(signed(raw, Webhooks.signature(raw))).andExpect(status().isOk())
                .andExpect(content().string("EVENT_RECEIVED"));
        assertThat(messenger.adapter.awaitSettled(1, MessengerHarness.PATIENCE)).isTrue();
        assertThat(engineSaw).containsExactly("Bonjour, j’ai été piraté 😱");
    }

    @Test
    void anEventMetaDeliversAgainIsAnsweredOnce() throws Exception {
        MockMvc mvc = webhook(Duration.ZERO);
        byte[] body = Webhooks.body(Webhooks.text(PSID, "m_twice", now(), "mon compte a été piraté"));
        byte[] again = Webhooks.body(Webhooks.read(PSID, now()), Webhooks.text(PSID, "m_twice", now(), "mon compte a été piraté"));

        mvc.perform(signed(body, Webhooks.signature(body))).andExpect(status().isOk());
        mvc.perform(signed(again, Webhooks.signature(again))).andExpect(status().isOk());

        assertThat(messenger.adapter.awaitSettled(2, MessengerHarness.PATIENCE)).isTrue();
        assertThat(engineSaw).containsExactly("mon compte a été piraté");
        assertThat(messenger.graph.sentTo(PSID)).hasSize(1);
    }

    @Test
    void eventsMetaDeliversOutOfOrderAreHandledInTheOrderThePersonWrote() throws Exception {
        MockMvc mvc = webhook(Duration.ofSeconds(1));
        long t = now();
        byte[] second = Webhooks.body(Webhooks.text(PSID, "m_b", t + 2_000, "deuxième"));
        byte[] first = Webhooks.body(Webhooks.text(PSID, "m_a", t + 1_000, "premier"));
        byte[] third = Webhooks.body(Webhooks.text(PSID, "m_c", t + 3_000, "troisième"));

        mvc.perform(signed(second, Webhooks.signature(second))).andExpect(status().isOk());
        mvc.perform(signed(first, Webhooks.signature(first))).andExpect(status().isOk());
        mvc.perform(signed(third, Webhooks.signature(third))).andExpect(status().isOk());
        // The order window ends: everything that came within it goes to the person's lane, in order.
        fireTimers();

        assertThat(messenger.adapter.awaitSettled(3, MessengerHarness.PATIENCE)).isTrue();
        assertThat(engineSaw).containsExactly("premier", "deuxième", "troisième");
        assertThat(messenger.graph.sentTo(PSID)).extracting(FakeGraphApi.Call::text)
                .containsExactly("vu : premier", "vu : deuxième", "vu : troisième");
    }

    @Test
    void withoutAPageTokenThePathDoesNotExist() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new MessengerWebhookController(MessengerChannel.off())).build();
        byte[] body = Webhooks.body(Webhooks.text(PSID, "m_off", now(), "bonjour"));
        mvc.perform(signed(body, Webhooks.signature(body))).andExpect(status().isNotFound());
        mvc.perform(get(MessengerWebhookController.PATH).param("hub.mode", "subscribe")
                .param("hub.verify_token", FakeGraphApi.VERIFY_TOKEN).param("hub.challenge", "1")).andExpect(status().isNotFound());
    }

    private MockMvc webhook(Duration orderWindow) throws Exception {
        Delays manual = (delay, task) -> {
            synchronized (timers) {
                timers.add(task);
            }
            return () -> { };
        };
        messenger = new MessengerHarness(new FakeGraphApi(), new TestRelais(), orderWindow, b -> b.delays(manual),
                engine -> inbound -> {
                    String text = ((Inbound.Text) inbound).text();
                    engineSaw.add(text);
                    return Replies.of(Reply.text("vu : " + text));
                });
        return MockMvcBuilders.standaloneSetup(new MessengerWebhookController(MessengerChannel.on(messenger.adapter))).build();
    }

    private void fireTimers() {
        List<Runnable> due;
        synchronized (timers) {
            due = new ArrayList<>(timers);
            timers.clear();
        }
        due.forEach(Runnable::run);
    }

    private static org.springframework.test.web.servlet.RequestBuilder signed(byte[] body, String signature) {
        var request = post(MessengerWebhookController.PATH).contentType(MediaType.APPLICATION_JSON).content(body);
        return signature == null ? request : request.header(WebhookSignature.HEADER, signature);
    }

    private long now() {
        return messenger == null ? 1_795_291_200_000L : messenger.relais.clock().instant().toEpochMilli();
    }
}
