package app.relais.support;

import static app.relais.testing.ReplyMatchers.containing;
import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.InputHint;
import app.relais.conversation.Reply;
import app.relais.testing.Conversation;
import app.relais.testing.TestRelais;
import org.junit.jupiter.api.Test;

/**
 * Besides its sentences, the engine tells the channel what the pending question wants typed (the
 * widget's placeholder), the language the conversation now speaks (the widget's own texts follow
 * /lang) and that a conversation was erased (the widget forgets it too).
 */
class WhatTheChannelIsToldJourneyTest {

    private final TestRelais relais = new TestRelais();

    private static InputHint hint(Conversation c) {
        return c.lastReplies().get(c.lastReplies().size() - 1).hint();
    }

    @Test
    void eachQuestionSaysWhatItWantsTyped() {
        Conversation c = relais.french().command("start", "");
        assertThat(hint(c)).isEqualTo(InputHint.PROBLEM);
        c.send("mon compte Facebook a été piraté").tap("Oui, c’est ça");
        assertThat(c.lastReplies()).extracting(Reply::hint).containsOnly(InputHint.NONE);
        c.tap("Préparer ma demande").expectReply(containing("(1/5)"));
        assertThat(hint(c)).isEqualTo(InputHint.LINK);
        c.send("https://www.facebook.com/jeanne.martin");
        assertThat(hint(c)).isEqualTo(InputHint.EMAIL);
        c.send("jeanne.martin@example.fr");
        assertThat(hint(c)).isEqualTo(InputHint.DATE);
        c.send("/help");
        assertThat(hint(c)).as("asked again after /help").isEqualTo(InputHint.DATE);
    }

    @Test
    void theLanguageFollowsLangAndAnErasureIsSaidInTheLanguageThePersonUsed() {
        Conversation c = relais.french().send("mon compte Facebook a été piraté");
        assertThat(c.lastTurn().language()).isEqualTo("fr");
        c.send("/lang en");
        assertThat(c.lastTurn().language()).isEqualTo("en");
        assertThat(c.lastTurn().erased()).isFalse();
        c.send("/forget").tap("Yes, erase everything").expectReply(containing("Done"));
        assertThat(c.lastTurn().erased()).isTrue();
        assertThat(c.lastTurn().language()).isEqualTo("en");
    }
}
