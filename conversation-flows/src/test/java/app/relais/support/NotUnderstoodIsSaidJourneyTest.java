package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;
import static app.relais.testing.ReplyMatchers.withChoice;

import app.relais.testing.Conversation;
import app.relais.testing.TestRelais;
import org.junit.jupiter.api.Test;

/**
 * Words that answer nothing the question asked and that no off-script intent covers ("c’est quoi la
 * différence avec un avocat ?"), typed at a question with buttons: the bot says it did not understand
 * before asking again (never the same question as if nothing had been typed), keeps what it had,
 * and counts it, so that repeated misses offer a person.
 */
class NotUnderstoodIsSaidJourneyTest {

    private static final String NOT_UNDERSTOOD = "Je n’ai pas compris votre message.";

    private final TestRelais relais = new TestRelais();

    private Conversation atTheAdvice() {
        return relais.french()
                .send("mon compte facebook a été piraté")
                .tap("Oui, c’est ça")
                .expectReply(containing("On commence ?"));
    }

    @Test
    void aQuestionAtTheAdviceIsSaidNotUnderstoodThenRepeatedMissesOfferAPerson() {
        atTheAdvice()
                .send("c’est quoi la différence avec un avocat")
                .expectReply(containing(NOT_UNDERSTOOD))
                .expectReply(containing("On commence ?"))
                .send("et ma cousine pourrait le faire à ma place ?")
                .expectReply(containing(NOT_UNDERSTOOD))
                .send("ça marche vraiment votre méthode")
                .expectReply(withChoice("Parler à une personne"));
    }

    @Test
    void inEnglishToo() {
        relais.english()
                .send("my facebook account was hacked")
                .tap("Yes, that’s it")
                .send("what is the difference with a lawyer ?")
                .expectReply(containing("I did not understand your message."))
                .expectReply(containing("Shall we start?"));
    }

    @Test
    void aQuestionAtTheTriageGuessKeepsTheGuessInsteadOfReadingItAsAnotherProblem() {
        relais.french()
                .send("mon compte facebook a été piraté")
                .expectReply(containing("Compte Facebook piraté. C’est bien cela ?"))
                .send("c’est quoi la différence avec un avocat ?")
                .expectReply(containing(NOT_UNDERSTOOD))
                .expectReply(containing("Compte Facebook piraté. C’est bien cela ?"))
                .tap("Oui, c’est ça")
                .expectReply(containing("facebook.com/hacked"));
    }

    @Test
    void aCorrectionAtTheTriageGuessIsStillReadAsTheRightProblem() {
        relais.french()
                .send("mon compte facebook a été piraté")
                .send("non c’est mon compte instagram qui a été piraté")
                .expectReply(containing("Compte Instagram piraté"));
    }

    @Test
    void aSentenceThatNamesNoProblemOfItsOwnAsksForThePlatformPlainly() {
        relais.french()
                .send("mon compte facebook a été piraté")
                .send("Je perds des clients.")
                .expectReply(containing("Sur quelle plateforme se trouve le problème ?"))
                .expectNoReply(containing("J’ai compris : votre problème"));
    }

    @Test
    void wordsAtAStepOfTheCrisisKitAreSaidNotUnderstood() {
        relais.french()
                .command("start", "crisis")
                .send("mais c’est gratuit votre truc ?")
                .expectReply(containing(NOT_UNDERSTOOD))
                .expectReply(withChoice("C’est confirmé : panne générale"))
                .tap("C’est confirmé : panne générale")
                .send("c posté")
                .expectReply(containing(NOT_UNDERSTOOD))
                .expectReply(withChoice("C’est déclaré"));
    }
}
