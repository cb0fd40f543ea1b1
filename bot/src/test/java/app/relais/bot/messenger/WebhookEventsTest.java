package app.relais.bot.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a webhook body holds for Relais: only what a person did, each person's in the order it happened. */
class WebhookEventsTest {

    private static final String PSID = "6180230961927584";
    private final WebhookEvents events = new WebhookEvents(new ObjectMapper());

    @Test
    void echoesDeliveryAndReadReceiptsAreDroppedAndMessagesAndPostbacksKept() {
        WebhookEvents.Batch batch = events.read(Webhooks.body(
                Webhooks.echo(PSID, "m_echo", 1_000, "Bonjour, je suis Relais"),
                Webhooks.delivery(PSID, 1_001, "m_echo"),
                Webhooks.read(PSID, 1_002),
                Webhooks.text(PSID, "m_1", 1_003, "bonjour"),
                Webhooks.postback(PSID, "m_2", 1_004, "Commencer", "/start")));

        assertThat(batch.events()).extracting(MessengerEvent::id).containsExactly("m_1", "m_2");
        assertThat(batch.skipped()).isEqualTo(3);
    }

    @Test
    void oneBodysEventsComeBackInTheOrderThePersonActed() {
        WebhookEvents.Batch batch = events.read(Webhooks.body(
                Webhooks.text(PSID, "m_later", 2_000, "deuxième"),
                Webhooks.text("7001", "m_other", 1_500, "autre personne"),
                Webhooks.text(PSID, "m_earlier", 1_000, "premier")));

        assertThat(batch.events()).filteredOn(e -> e.psid().equals(PSID)).extracting(MessengerEvent::id)
                .containsExactly("m_earlier", "m_later");
    }

    @Test
    void standbyArraysAndEntriesWithoutMessagingAreSkippedNotErrors() {
        String body = """
                {"object":"page","entry":[
                  {"id":"104625071895531","time":1,"standby":[{"sender":{"id":"6180230961927584"},
                    "recipient":{"id":"104625071895531"},"timestamp":1,"message":{"mid":"m_s","text":"hello"}}]},
                  {"id":"104625071895531","time":2},
                  {"id":"104625071895531","time":3,"changes":[{"field":"feed"}]}]}""";

        WebhookEvents.Batch batch = events.read(body.getBytes(StandardCharsets.UTF_8));

        assertThat(batch.events()).isEmpty();
        assertThat(batch.skipped()).isEqualTo(1);
    }

    @Test
    void anotherObjectThanAPageHoldsNothingAndGarbageIsRefused() {
        assertThat(events.read("{\"object\":\"instagram\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8)).events())
                .isEmpty();
        assertThatThrownBy(() -> events.read("{\"object\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> events.read("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEventWithoutMidIsStillKeyedTheSameWayEachTimeItIsDelivered() {
        var item = Webhooks.postback(PSID, "", 3_000, "Commencer", "/start");
        String first = events.read(Webhooks.body(item)).events().get(0).id();
        String again = events.read(Webhooks.body(item)).events().get(0).id();

        assertThat(first).isEqualTo(again).startsWith("ts:" + PSID + ":3000:");
    }
}
