package app.relais.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.Choice;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Expects;
import app.relais.conversation.FileRef;
import app.relais.conversation.Inbound;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reply sent again from the log is the reply it was; what the person sent reads back as it was. */
class OutboxCodecTest {

    private static final ConversationKey KEY = new ConversationKey("web", "codec");

    private final OutboxCodec codec = new OutboxCodec();

    @Test
    void everyFieldOfAReplySurvivesTheRoundTrip() {
        List<Reply> replies = List.of(
                new Reply("Votre demande, prête à copier :\n« Bonjour, »", List.of(new Choice("approve", "C’est parfait")),
                        List.of(new Link("Écrire à Facebook", "mailto:abuse@facebook.com?subject=Compte%20pirat%C3%A9")),
                        List.of(new FileRef("f-1", "demande.eml", "message/rfc822", 1234)), Expects.CHOICE, true),
                Reply.ask("Quelle est l’adresse ?", Expects.TEXT));

        assertThat(codec.replies(codec.replies(replies))).isEqualTo(replies);
    }

    @Test
    void whatThePersonSentReadsBackAsItWas() {
        List<Inbound> sent = List.of(new Inbound.Text(KEY, "mon mot de passe est ••••••", null),
                new Inbound.Choice(KEY, "yes", null),
                new Inbound.Command(KEY, "start", "outage", null),
                new Inbound.Attachment(KEY, List.of("f-1", "f-2"), "les captures", null),
                new Inbound.Attachment(KEY, List.of("f-3"), null, null));

        for (Inbound inbound : sent) {
            assertThat(codec.person(KEY, codec.person(inbound))).isEqualTo(inbound);
        }
        assertThat(codec.person(null)).isNull();
        assertThat(codec.person(KEY, null)).isNull();
    }
}
