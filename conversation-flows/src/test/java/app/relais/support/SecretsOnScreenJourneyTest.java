package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.Reply;
import app.relais.testing.Conversation;
import app.relais.testing.TestRelais;
import org.junit.jupiter.api.Test;

/**
 * A password typed in the middle of the dossier: masked before anything keeps it, the person told
 * why, the channel given the masked text to show in place of theirs, and no complaint about the
 * message as an answer (issue 20: "This email address lacks its @" after "my password is ...").
 */
class SecretsOnScreenJourneyTest {

    private final TestRelais relais = new TestRelais();

    private static Conversation atTheEmailStep(Conversation c, String problem, String yes, String prepare) {
        return c.send(problem).tap(yes).tap(prepare)
                .send("https://www.facebook.com/jeanne.martin")
                .expectReply(containing("(2/5)"));
    }

    @Test
    void aPasswordGivenInsteadOfTheAccountEmailIsMaskedAndTheQuestionAskedAgainWithoutComplaint() {
        Conversation c = atTheEmailStep(relais.english(), "my facebook account was hacked", "Yes, that’s it",
                "Prepare my request")
                .send("my password is Soleil2024!");

        assertThat(c.lastTurn().maskedText()).isEqualTo("my password is ••••••");
        assertThat(c.lastReplies().get(0).text()).contains("masked what looks like a password");
        c.expectNoReply(containing("lacks its @"))
                .expectNoReply(containing("Soleil2024"))
                .expectReply(containing("(2/5)"))
                .send("jeanne.martin@example.fr")
                .expectReply(containing("(3/5)"));
        assertThat(c.lastTurn().masked()).isFalse();
    }

    @Test
    void inFrenchTooEvenWithTheAddressBesideThePassword() {
        Conversation c = atTheEmailStep(relais.french(), "mon compte Facebook a été piraté", "Oui, c’est ça",
                "Préparer ma demande")
                .send("mon mot de passe est Soleil2024!")
                .expectNoReply(containing("@"))
                .expectReply(containing("(2/5)"));
        assertThat(c.lastTurn().maskedText()).isEqualTo("mon mot de passe est ••••••");
        // The engine's warning is said once, not again as the answer to a question about a code.
        c.send("mon mdp c’est Soleil2024!")
                .expectReply(containing("j’ai masqué"))
                .expectNoReply(containing("Ne donnez ce code à personne"))
                .expectReply(containing("(2/5)"));

        // The address and the password in one message: nothing is said about spaces in the address.
        c.send("jeanne.martin@example.fr mot de passe : Soleil2024!");
        assertThat(c.lastTurn().maskedText()).isEqualTo("jeanne.martin@example.fr mot de passe : ••••••");
        c.expectNoReply(containing("espace")).expectReply(containing("(2/5)"))
                .send("jeanne.martin@example.fr").expectReply(containing("(3/5)"));
        assertThat(c.transcript()).extracting(Reply::text).noneMatch(t -> t.contains("Soleil2024"));
    }

    @Test
    void aMessageWithoutSecretIsNotReportedAsMasked() {
        Conversation c = relais.french().send("mon compte Facebook a été piraté");
        assertThat(c.lastTurn().masked()).isFalse();
        assertThat(c.lastTurn().language()).isEqualTo("fr");
    }
}
