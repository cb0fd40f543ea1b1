package app.relais.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.Inbound;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Recorded updates, read as the engine should see them. */
class InboundMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final InboundMapper mapper = new InboundMapper();

    private static Update update(String fixture) throws Exception {
        return JSON.treeToValue(TelegramHarness.fixture(fixture), Update.class);
    }

    @Test
    void textKeepsTheUsersWordsAndLanguageAndIsKeyedByChat() throws Exception {
        TelegramInput.Event event = (TelegramInput.Event) mapper.map(update("text.json"));

        assertThat(event.callbackId()).isNull();
        assertThat(event.inbound()).isEqualTo(new Inbound.Text(InboundMapper.keyOf(5518273641L),
                "mon compte Facebook a été piraté", Locale.forLanguageTag("fr")));
        assertThat(event.inbound().key().channel()).isEqualTo("telegram");
        assertThat(event.inbound().key().externalId()).isEqualTo("5518273641");
    }

    @Test
    void startWithADeepLinkParameterIsACommandWithItsArgument() throws Exception {
        Inbound inbound = ((TelegramInput.Event) mapper.map(update("start-param.json"))).inbound();
        assertThat(inbound).isInstanceOfSatisfying(Inbound.Command.class, c -> {
            assertThat(c.name()).isEqualTo("start");
            assertThat(c.argument()).isEqualTo("support-request");
        });
    }

    @Test
    void aCommandAddressedToTheBotByNameDropsTheName() throws Exception {
        TelegramInput.Event event = (TelegramInput.Event) mapper.map(update("start-botname.json"));
        assertThat(event.chatId()).isEqualTo(-1001934472210L);
        assertThat(event.inbound()).isInstanceOfSatisfying(Inbound.Command.class, c -> {
            assertThat(c.name()).isEqualTo("start");
            assertThat(c.argument()).isEmpty();
        });
    }

    @Test
    void aButtonTapIsAChoiceToAnswer() throws Exception {
        TelegramInput.Event event = (TelegramInput.Event) mapper.map(update("callback.json"));
        assertThat(event.callbackId()).isEqualTo("2370118923051551321");
        assertThat(event.inbound()).isEqualTo(new Inbound.Choice(InboundMapper.keyOf(5518273641L), "triage:yes",
                Locale.forLanguageTag("fr")));
    }

    @Test
    void aPhotoIsTakenInItsLargestSizeWithItsCaption() throws Exception {
        TelegramInput.Files files = (TelegramInput.Files) mapper.map(update("photo.json"));
        assertThat(files.files()).singleElement().isEqualTo(
                new TelegramInput.IncomingFile("AgACAgQAAxkBAAM5-large", "photo-57.jpg", 48211L));
        assertThat(files.caption()).isEqualTo("l’alerte de changement de mot de passe");
        assertThat(files.mediaGroupId()).isNull();
    }

    @Test
    void aDocumentKeepsItsNameAndAnnouncedSize() throws Exception {
        TelegramInput.Files files = (TelegramInput.Files) mapper.map(update("document.json"));
        assertThat(files.files()).singleElement().isEqualTo(
                new TelegramInput.IncomingFile("BQACAgQAAxkBAAM6-pdf", "plainte.pdf", 20311L));
        assertThat(files.caption()).isEqualTo("ma plainte");
    }

    @Test
    void albumItemsCarryTheirGroup() throws Exception {
        TelegramInput.Files first = (TelegramInput.Files) mapper.map(update("album-1.json"));
        TelegramInput.Files second = (TelegramInput.Files) mapper.map(update("album-2.json"));
        assertThat(first.mediaGroupId()).isEqualTo("13787145529472931").isEqualTo(second.mediaGroupId());
        assertThat(second.caption()).isNull();
    }

    @Test
    void anEnglishUserIsEnglishAndAStickerIsUnsupported() throws Exception {
        assertThat(((TelegramInput.Event) mapper.map(update("english-text.json"))).inbound().locale())
                .isEqualTo(Locale.ENGLISH);
        assertThat(mapper.map(update("sticker.json"))).isInstanceOf(TelegramInput.Unsupported.class);
    }

    @Test
    void aTextThatOnlyLooksLikeAPathIsText() throws Exception {
        Update update = update("text.json");
        update.getMessage().setText("/home/jeanne/capture.png");
        assertThat(((TelegramInput.Event) mapper.map(update)).inbound()).isInstanceOf(Inbound.Text.class);
    }
}
