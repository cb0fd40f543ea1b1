package app.relais.bot.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.Choice;
import app.relais.conversation.Expects;
import app.relais.conversation.FileRef;
import app.relais.conversation.InputHint;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replies as Messenger messages, within Messenger's limits. */
class ReplyRendererTest {

    private final ReplyRenderer renderer = new ReplyRenderer();

    @Test
    void shortChoicesAreQuickRepliesOnTheLastMessage() {
        Reply reply = Reply.choose("C’est bien ça ?", List.of(new Choice("yes", "Oui, c’est ça"), new Choice("no", "Non")))
                .withFiles(List.of(new FileRef("f1", "demande.eml", "message/rfc822", 900)));

        ReplyRenderer.Rendered rendered = renderer.render(reply);

        assertThat(rendered.numbered()).isNull();
        assertThat(rendered.messages()).hasSize(2);
        assertThat(rendered.messages().get(0).quickReplies()).isEmpty();
        assertThat(rendered.messages().get(1)).isInstanceOf(Outgoing.File.class);
        assertThat(rendered.messages().get(1).quickReplies()).containsExactly(
                SendApi.QuickReply.text("Oui, c’est ça", "yes"), SendApi.QuickReply.text("Non", "no"));
    }

    @Test
    void aQuestionForAnEmailOrAPhoneOffersMessengersButtonFillingInTheProfilesOwnAndOtherHintsAddNothing() {
        Reply email = Reply.ask("(2/5) Adresse email du compte", Expects.TEXT).hinting(InputHint.EMAIL)
                .withChoices(List.of(new Choice("skip", "Passer")));
        Reply phone = Reply.ask("(3/5) Numéro de téléphone", Expects.TEXT).hinting(InputHint.PHONE);
        Reply link = Reply.ask("(1/5) Lien de votre profil", Expects.TEXT).hinting(InputHint.LINK);

        assertThat(renderer.render(email).messages()).singleElement().satisfies(m -> {
            assertThat(((Outgoing.Text) m).text()).isEqualTo("(2/5) Adresse email du compte");
            assertThat(m.quickReplies()).containsExactly(SendApi.QuickReply.userEmail(), SendApi.QuickReply.text("Passer", "skip"));
        });
        assertThat(renderer.render(phone).messages().get(0).quickReplies()).containsExactly(SendApi.QuickReply.userPhoneNumber());
        assertThat(renderer.render(link).messages()).singleElement().satisfies(m -> {
            assertThat(((Outgoing.Text) m).text()).isEqualTo("(1/5) Lien de votre profil");
            assertThat(m.quickReplies()).isEmpty();
        });
    }

    @Test
    void aLabelOverTwentyCharactersTurnsTheChoicesIntoANumberedListAnsweredByNumber() {
        Reply reply = Reply.choose("Que souhaitez-vous obtenir ?", List.of(
                new Choice("recover", "Récupérer l’accès à mon compte"), new Choice("other", "Autre chose")));

        ReplyRenderer.Rendered rendered = renderer.render(reply);

        assertThat(rendered.numbered()).containsExactly("recover", "other");
        Outgoing.Text text = (Outgoing.Text) rendered.messages().get(0);
        assertThat(text.text()).isEqualTo("Que souhaitez-vous obtenir ?\n\n1. Récupérer l’accès à mon compte\n2. Autre chose");
        assertThat(text.quickReplies()).containsExactly(SendApi.QuickReply.text("1", "recover"),
                SendApi.QuickReply.text("2", "other"));
    }

    @Test
    void moreThanThirteenChoicesAreListedWithoutButtons() {
        List<Choice> choices = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            choices.add(new Choice("c" + i, "Choix " + i));
        }
        ReplyRenderer.Rendered rendered = renderer.render(Reply.choose("Lequel ?", choices));

        assertThat(rendered.numbered()).hasSize(14);
        assertThat(rendered.messages()).singleElement().satisfies(m -> {
            assertThat(m.quickReplies()).isEmpty();
            assertThat(((Outgoing.Text) m).text()).contains("14. Choix 14");
        });
    }

    @Test
    void aLongTextIsSplitBelowMessengersLimitAndLinksAreWrittenIn() {
        String paragraph = "Une phrase de la demande, assez longue pour remplir la ligne. ".repeat(60);
        Reply reply = new Reply(paragraph, List.of(), List.of(new Link("Page officielle", "https://www.facebook.com/hacked"),
                new Link("Écrire l’email", "mailto:abuse@facebook.com?subject=URGENT")), List.of(), Expects.NONE);

        List<Outgoing> messages = renderer.render(reply).messages();

        assertThat(messages).hasSizeGreaterThan(1).allSatisfy(m ->
                assertThat(((Outgoing.Text) m).text().length()).isLessThanOrEqualTo(ReplyRenderer.TEXT_LIMIT));
        assertThat(messages.stream().map(m -> ((Outgoing.Text) m).text()).reduce((a, b) -> a + "\n" + b).orElseThrow())
                .contains("Page officielle\nhttps://www.facebook.com/hacked")
                .endsWith("Écrire l’email\nmailto:abuse@facebook.com?subject=URGENT");
    }

    @Test
    void aLinkIsNeverCutAcrossTwoMessagesAndOneLongerThanAMessageIsLeftOut() {
        String draft = "Bonjour, voici les faits dans l’ordre et les éléments de mon dossier. ".repeat(24);
        String mailto = "mailto:abuse@facebook.com?subject=URGENT&body=" + "Bonjour%2C%20voici%20".repeat(85);
        String tooLong = "mailto:abuse@facebook.com?body=" + "x".repeat(ReplyRenderer.TEXT_LIMIT);
        Reply reply = new Reply(draft, List.of(), List.of(new Link("Page officielle", "https://www.facebook.com/hacked"),
                new Link("Ouvrir dans ma messagerie", mailto), new Link("Trop long", tooLong)), List.of(), Expects.NONE);

        List<String> texts = renderer.render(reply).messages().stream().map(m -> ((Outgoing.Text) m).text()).toList();

        assertThat(texts).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(ReplyRenderer.TEXT_LIMIT));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Ouvrir dans ma messagerie\n" + mailto));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Page officielle\nhttps://www.facebook.com/hacked"));
        assertThat(String.join("\n", texts)).doesNotContain("Trop long").contains(draft.strip().substring(0, 200));
    }

    @Test
    void buttonsWithoutTextStillHaveAMessageToStandUnder() {
        ReplyRenderer.Rendered rendered = renderer.render(Reply.choose("", List.of(new Choice("ok", "OK"))));

        assertThat(rendered.messages()).singleElement().satisfies(m -> assertThat(m.quickReplies()).hasSize(1));
    }
}
