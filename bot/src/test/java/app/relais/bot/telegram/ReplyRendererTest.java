package app.relais.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.relais.conversation.Choice;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Expects;
import app.relais.conversation.FileRef;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import app.relais.files.InMemoryFileStore;
import app.relais.files.StoredFile;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

class ReplyRendererTest {

    private final InMemoryFileStore files = new InMemoryFileStore(Clock.systemUTC());
    private final ReplyRenderer renderer = new ReplyRenderer(files);

    @Test
    void choicesBecomeCallbackButtonsAndWebLinksUrlButtons() {
        Reply reply = Reply.choose("Compte Facebook piraté ?", List.of(new Choice("triage:yes", "Oui, c’est ça")))
                .withLinks(List.of(new Link("Page officielle", "https://www.facebook.com/hacked")));

        Outgoing.Text text = (Outgoing.Text) renderer.render(42, reply).get(0);

        List<InlineKeyboardButton> buttons = text.keyboard().getKeyboard().stream().flatMap(List::stream).toList();
        assertThat(buttons).extracting(InlineKeyboardButton::getText).containsExactly("Oui, c’est ça", "Page officielle");
        assertThat(buttons.get(0).getCallbackData()).isEqualTo("triage:yes");
        assertThat(buttons.get(1).getUrl()).isEqualTo("https://www.facebook.com/hacked");
        assertThat(text.text()).isEqualTo("Compte Facebook piraté ?");
    }

    @Test
    void aMailtoLinkIsWrittenInTheTextBecauseTelegramRefusesSuchButtons() {
        String mailto = "mailto:abuse@facebook.com?subject=URGENT%20-%20Compte%20pirat%C3%A9";
        Reply reply = Reply.text("Votre demande est prête.").withLinks(List.of(new Link("Écrire à abuse@facebook.com", mailto)));

        List<Outgoing> out = renderer.render(42, reply);

        assertThat(out).singleElement().isInstanceOfSatisfying(Outgoing.Text.class, t -> {
            assertThat(t.text()).isEqualTo("Votre demande est prête.\n\nÉcrire à abuse@facebook.com\n" + mailto);
            assertThat(t.keyboard()).isNull();
        });
    }

    @Test
    void aLongTextIsSplitAndTheKeyboardRidesOnTheLastPart() {
        String paragraph = "Le 12 novembre vers 21h30 j’ai reçu un email de changement de mot de passe.\n";
        Reply reply = Reply.choose(paragraph.repeat(120), List.of(new Choice("review:ok", "C’est parfait")));

        List<Outgoing> out = renderer.render(42, reply);

        assertThat(out).hasSizeGreaterThan(1).allSatisfy(o ->
                assertThat(((Outgoing.Text) o).text()).hasSizeLessThanOrEqualTo(4096).endsWith("passe."));
        assertThat(out.subList(0, out.size() - 1)).allSatisfy(o -> assertThat(((Outgoing.Text) o).keyboard()).isNull());
        assertThat(((Outgoing.Text) out.get(out.size() - 1)).keyboard()).isNotNull();
    }

    @Test
    void filesAreSentAsDocumentsAfterTheText() {
        byte[] content = "Subject: test\r\n\r\nbody".getBytes(StandardCharsets.UTF_8);
        StoredFile eml = files.save(new ConversationKey("telegram", "42"), "demande.eml", "message/rfc822", content);
        Reply reply = new Reply("Voici le brouillon.", List.of(), List.of(),
                List.of(new FileRef(eml.id(), "demande.eml", "message/rfc822", content.length)), Expects.NONE);

        List<Outgoing> out = renderer.render(42, reply);

        assertThat(out).hasSize(2);
        assertThat(out.get(1)).isInstanceOfSatisfying(Outgoing.Document.class, d -> {
            assertThat(d.name()).isEqualTo("demande.eml");
            assertThat(d.content()).isEqualTo(content);
        });
    }

    @Test
    void aCallbackIdAtTheLimitFitsTelegramsSixtyFourBytes() {
        String id = "é".repeat(32);
        Outgoing.Text text = (Outgoing.Text) renderer.render(1, Reply.choose("?", List.of(new Choice(id, "ok")))).get(0);
        assertThat(text.keyboard().getKeyboard().get(0).get(0).getCallbackData().getBytes(StandardCharsets.UTF_8))
                .hasSize(64);
    }

    @Test
    void aCallbackIdOneMultiByteCharacterOverSixtyFourBytesIsRefusedBeforeItReachesTelegram() {
        // 32 × "é" is 64 bytes; one more is 66 although only 33 characters.
        assertThatThrownBy(() -> new Choice("é".repeat(33), "ok"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 bytes");
    }
}
