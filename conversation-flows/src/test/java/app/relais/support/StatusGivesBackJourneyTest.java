package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;
import static app.relais.testing.ReplyMatchers.withFile;
import static app.relais.testing.ReplyMatchers.withLink;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.FileRef;
import app.relais.conversation.Reply;
import app.relais.testing.Conversation;
import app.relais.testing.TestRelais;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * /status gives back what the step gave, not only its last question (issue 20): a person whose page
 * closed right after "C’est parfait" gets the draft, its links and its files again.
 */
class StatusGivesBackJourneyTest {

    private final TestRelais relais = new TestRelais();

    private static List<FileRef> files(Conversation c) {
        return c.lastReplies().stream().flatMap(r -> r.files().stream()).toList();
    }

    @Test
    void inDeliverTheDraftTheMailtoLinkTheEmlAndTheArchiveComeAgainAsNewFiles() {
        Conversation c = HackedAccountJourneyTest.walkToReview(relais.french()).tap("C’est parfait");
        List<FileRef> first = files(c);

        c.send("/status")
                .expectReply(containing("Où nous en sommes : envoi de la demande"))
                .expectReply(containing("la revoici, avec ses fichiers"))
                .expectReply(containing("À : abuse@facebook.com"))
                .expectReply(withLink("mailto:abuse@facebook.com?subject="))
                .expectReply(withLink("https://www.facebook.com/hacked"))
                .expectReply(withFile(".eml"))
                .expectReply(withFile(".zip"))
                .expectReply(withChoice("J’ai envoyé ma demande"));
        assertThat(c.lastReplies()).filteredOn(Reply::copyable).hasSize(1);
        assertThat(files(c)).extracting(FileRef::name).containsExactlyInAnyOrderElementsOf(
                first.stream().map(FileRef::name).toList());
        assertThat(relais.core().files().find(files(c).get(0).fileId())).isPresent();
        // Nothing moved: the same question is pending.
        c.tap("J’ai envoyé ma demande").expectReply(containing("28 novembre 2026"));
    }

    @Test
    void inFollowUpTheRequestItsFilesAndTheReminderComeAgain() {
        Conversation c = HackedAccountJourneyTest.walkToReview(relais.french()).tap("C’est parfait")
                .tap("J’ai envoyé ma demande")
                .send("/status")
                .expectReply(containing("suivi de la demande"))
                .expectReply(containing("Votre demande est partie le 21 novembre 2026"))
                .expectReply(containing("28 novembre 2026"))
                .expectReply(containing("À : abuse@facebook.com"))
                .expectReply(withFile(".eml"))
                .expectReply(withFile(".zip"))
                .expectReply(withFile(".ics"))
                .expectReply(withChoice("Préparer la relance"));
        c.tap("C’est résolu").expectReply(containing("Tant mieux"));
    }

    @Test
    void inAdviceTheChannelsAndTheWarningComeAgainNotOnlyTheQuestion() {
        relais.french().send("mon compte Facebook a été piraté").tap("Oui, c’est ça")
                .send("/status")
                .expectReply(containing("choix du canal de contact"))
                .expectReply(withLink("https://www.facebook.com/hacked"))
                .expectReply(containing("abuse@facebook.com"))
                .expectReply(withChoice("Préparer ma demande"));
    }

    @Test
    void inEvidenceTheItemIsAskedAgainWithItsProgress() {
        relais.english().send("my facebook account was hacked").tap("Yes, that’s it").tap("Prepare my request")
                .send("/status")
                .expectReply(containing("gathering the evidence"))
                .expectReply(containing("(1/5)"));
    }
}
