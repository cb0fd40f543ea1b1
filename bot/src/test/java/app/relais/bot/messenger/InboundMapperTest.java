package app.relais.bot.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.Inbound;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How each kind of Messenger event reaches the engine. */
class InboundMapperTest {

    private static final String PSID = "6180230961927584";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final InboundMapper mapper = new InboundMapper(JSON);

    @Test
    void textIsTextAndAQuickReplyIsTheChoiceItCarries() {
        assertThat(map(Webhooks.text(PSID, "m_1", 1, "mon compte a été piraté"), List.of()))
                .isEqualTo(new MessengerInput.Event(PSID, new Inbound.Text(InboundMapper.keyOf(PSID),
                        "mon compte a été piraté", null)));
        assertThat(map(Webhooks.quickReply(PSID, "m_2", 2, "Oui, c’est ça", "triage.yes"), List.of()))
                .isEqualTo(new MessengerInput.Event(PSID, new Inbound.Choice(InboundMapper.keyOf(PSID), "triage.yes", null)));
    }

    @Test
    void theAddressOrNumberMessengersProfileButtonPostsIsTypedTextAndAMaskedCopyKeepsNoSecret() {
        assertThat(map(Webhooks.quickReply(PSID, "m_2b", 2, "jeanne@example.fr", "jeanne@example.fr"), List.of()))
                .isEqualTo(new MessengerInput.Event(PSID, new Inbound.Text(InboundMapper.keyOf(PSID), "jeanne@example.fr", null)));

        ObjectNode typed = Webhooks.text(PSID, "m_2c", 3, "mon mot de passe est Soleil2024!");
        String kept = mapper.withText(new MessengerEvent("m_2c", PSID, 3, typed.toString()), "mon mot de passe est ••••••");
        assertThat(kept).contains("mon mot de passe est ••••••").contains("m_2c").doesNotContain("Soleil2024");
    }

    @Test
    void aPostbackIsAChoiceAndTheGetStartedButtonsCommandIsTypedText() {
        assertThat(map(Webhooks.postback(PSID, "m_3", 3, "Préparer", "advice.start"), List.of()))
                .isEqualTo(new MessengerInput.Event(PSID, new Inbound.Choice(InboundMapper.keyOf(PSID), "advice.start", null)));
        assertThat(map(Webhooks.postback(PSID, "m_4", 4, "Commencer", "/start outage"), List.of()))
                .isEqualTo(new MessengerInput.Event(PSID, new Inbound.Text(InboundMapper.keyOf(PSID), "/start outage", null)));
    }

    @Test
    void aNumberAnswersTheNumberedListLastShownAndOtherwiseStaysText() {
        List<String> shown = List.of("outcome.recover", "outcome.delete", "outcome.other");
        assertThat(map(Webhooks.text(PSID, "m_5", 5, " 2 "), shown)).isEqualTo(new MessengerInput.Event(PSID,
                new Inbound.Choice(InboundMapper.keyOf(PSID), "outcome.delete", null)));
        assertThat(map(Webhooks.text(PSID, "m_6", 6, "3."), shown)).isEqualTo(new MessengerInput.Event(PSID,
                new Inbound.Choice(InboundMapper.keyOf(PSID), "outcome.other", null)));
        // Out of range, or no list shown: the number is what the person typed.
        assertThat(map(Webhooks.text(PSID, "m_7", 7, "4"), shown)).isEqualTo(new MessengerInput.Event(PSID,
                new Inbound.Text(InboundMapper.keyOf(PSID), "4", null)));
        assertThat(map(Webhooks.text(PSID, "m_8", 8, "2"), List.of())).isEqualTo(new MessengerInput.Event(PSID,
                new Inbound.Text(InboundMapper.keyOf(PSID), "2", null)));
    }

    @Test
    void imagesAndFilesAreFetchedByTheirUrlWithTheNameTheUrlGives() {
        URI url = URI.create("https://scontent.xx.fbcdn.net/v/t1.15752-9/capture%20alerte.png?_nc_cat=1&oh=00_x");
        MessengerInput input = map(Webhooks.attachment(PSID, "m_9", 1_795_291_200_000L, "image", url), List.of());

        assertThat(input).isEqualTo(new MessengerInput.Files(PSID, InboundMapper.keyOf(PSID),
                List.of(new MessengerInput.IncomingFile(url, "capture alerte.png"))));
        assertThat(InboundMapper.name(URI.create("https://cdn.example/v/123_456_n?x=1"), "image", 42, 1))
                .isEqualTo("photo-42.jpg");
        assertThat(InboundMapper.name(URI.create("https://cdn.example/v/abc"), "file", 42, 2)).isEqualTo("document-42-2");
    }

    @Test
    void stickersAudioAndLocationsAreNotEvidence() {
        URI url = URI.create("https://scontent.xx.fbcdn.net/v/sticker.png");
        assertThat(map(Webhooks.sticker(PSID, "m_10", 10, url), List.of())).isEqualTo(new MessengerInput.Unsupported(PSID));
        assertThat(map(Webhooks.attachment(PSID, "m_11", 11, "audio", url), List.of()))
                .isEqualTo(new MessengerInput.Unsupported(PSID));
        ObjectNode empty = Webhooks.text(PSID, "m_12", 12, "");
        assertThat(map(empty, List.of())).isEqualTo(new MessengerInput.Unsupported(PSID));
    }

    private MessengerInput map(ObjectNode item, List<String> numbered) {
        return mapper.map(new MessengerEvent(item.path("message").path("mid").asText("x"), PSID,
                item.path("timestamp").asLong(), item.toString()), numbered);
    }
}
