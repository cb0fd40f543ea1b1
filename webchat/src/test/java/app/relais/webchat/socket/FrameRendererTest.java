package app.relais.webchat.socket;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.Choice;
import app.relais.conversation.Expects;
import app.relais.conversation.FileRef;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import app.relais.webchat.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every server frame the channel writes, as a client reads it. */
class FrameRendererTest {

    private final FrameRenderer renderer = new FrameRenderer();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aReplyBecomesOneBotFrameWithChoicesFilesLinksAndWhatComesNext() throws Exception {
        Reply reply = new Reply("Voici votre brouillon <b>\"complet\"</b>",
                List.of(new Choice("review:ok", "C’est parfait")),
                List.of(new Link("Écrire l’email", "mailto:abuse@facebook.com?subject=URGENT")),
                List.of(new FileRef("f1", "demande.eml", "message/rfc822", 1200)),
                Expects.CHOICE);

        JsonNode frame = json.readTree(renderer.bot("17", reply, null, f -> "/api/files/" + f.fileId() + "?sig=s"));

        assertThat(frame.get("type").asText()).isEqualTo("bot");
        assertThat(frame.get("id").asText()).isEqualTo("17");
        assertThat(frame.get("text").asText()).isEqualTo("Voici votre brouillon <b>\"complet\"</b>");
        assertThat(frame.at("/choices/0/id").asText()).isEqualTo("review:ok");
        assertThat(frame.at("/choices/0/label").asText()).isEqualTo("C’est parfait");
        assertThat(frame.at("/files/0/name").asText()).isEqualTo("demande.eml");
        assertThat(frame.at("/files/0/url").asText()).isEqualTo("/api/files/f1?sig=s");
        assertThat(frame.at("/files/0/mime").asText()).isEqualTo("message/rfc822");
        assertThat(frame.at("/links/0/label").asText()).isEqualTo("Écrire l’email");
        assertThat(frame.at("/links/0/url").asText()).isEqualTo("mailto:abuse@facebook.com?subject=URGENT");
        assertThat(frame.get("expects").asText()).isEqualTo("choice");
    }

    @Test
    void aPlainReplyStillCarriesEmptyLists() throws Exception {
        JsonNode frame = json.readTree(renderer.bot("1", Reply.text("Bonjour"), null, f -> ""));
        assertThat(frame.get("choices").isArray()).isTrue();
        assertThat(frame.get("choices")).isEmpty();
        assertThat(frame.get("files")).isEmpty();
        assertThat(frame.get("links")).isEmpty();
        assertThat(frame.get("expects").asText()).isEqualTo("none");
    }

    @Test
    void theDraftIsMarkedAsTextToCopyAndOtherRepliesAreNot() throws Exception {
        JsonNode draft = json.readTree(renderer.bot("2", Reply.text("À : abuse@facebook.com").withCopyable(), null, f -> ""));
        JsonNode plain = json.readTree(renderer.bot("3", Reply.text("Bonjour"), null, f -> ""));
        assertThat(draft.get("copy").asBoolean()).isTrue();
        assertThat(plain.has("copy")).isFalse();
    }

    @Test
    void theQuestionsHintTheLanguageTheMaskedTextAndTheErasureAreV1Extensions() throws Exception {
        JsonNode asked = json.readTree(renderer.bot("4", Reply.ask("Collez le lien", app.relais.conversation.Expects.TEXT)
                .hinting(app.relais.conversation.InputHint.LINK), "fr", f -> ""));
        assertThat(asked.get("hint").asText()).isEqualTo("link");
        assertThat(asked.get("lang").asText()).isEqualTo("fr");
        JsonNode plain = json.readTree(renderer.bot("5", Reply.text("Bonjour"), null, f -> ""));
        assertThat(plain.has("hint")).isFalse();
        assertThat(plain.has("lang")).isFalse();
        assertThat(json.readTree(renderer.masked("c-1", "mdp : ••••••"))).isEqualTo(
                json.readTree("{\"type\":\"masked\",\"id\":\"c-1\",\"text\":\"mdp : ••••••\"}"));
        assertThat(json.readTree(renderer.forgotten())).isEqualTo(json.readTree("{\"type\":\"forgotten\"}"));
    }

    @Test
    void welcomeErrorAndPong() throws Exception {
        assertThat(json.readTree(renderer.welcome("v1.a.b", true)))
                .isEqualTo(json.readTree("{\"type\":\"welcome\",\"session\":\"v1.a.b\",\"resumed\":true}"));
        assertThat(json.readTree(renderer.error(ErrorCode.RATE_LIMITED, "Attendez")))
                .isEqualTo(json.readTree("{\"type\":\"error\",\"code\":\"rate_limited\",\"message\":\"Attendez\"}"));
        assertThat(json.readTree(renderer.pong())).isEqualTo(json.readTree("{\"type\":\"pong\"}"));
    }
}
