package app.relais.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.Author;
import app.relais.conversation.ConversationEngine;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.Inbound;
import app.relais.conversation.Replies;
import app.relais.store.LogEntry;
import app.relais.testing.TestRelais;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every turn is stored with its replies, which get ids that only ever increase; /forget leaves nothing. */
class TurnLogTest {

    private final TestRelais relais = new TestRelais();
    private final ConversationEngine engine = relais.core().engine();
    private final ConversationKey key = new ConversationKey("memory", "turn-log");

    private Replies say(String text) {
        return engine.handle(new Inbound.Text(key, text, Locale.FRANCE));
    }

    @Test
    void eachTurnsRepliesCarryIdsThatIncreaseEvenOnAClockThatStandsStill() {
        List<Long> ids = new ArrayList<>();
        for (String text : List.of("bonjour", "mon compte Facebook a été piraté", "/status", "/help")) {
            Replies replies = say(text);
            Dispatch dispatch = Dispatch.of(key, replies);
            assertThat(dispatch.stored()).isTrue();
            for (int i = 0; i < replies.replies().size(); i++) {
                ids.add(dispatch.messageId(i));
            }
        }
        assertThat(ids).hasSizeGreaterThan(4).isSorted().doesNotHaveDuplicates();
        assertThat(relais.core().outbox().owed(key, 0)).as("nothing was sent yet").hasSize(4);
        assertThat(relais.core().log().entries(key)).filteredOn(e -> e.who() == Author.BOT).extracting(LogEntry::id)
                .containsExactlyElementsOf(ids);
    }

    @Test
    void thePersonsSecretsAreMaskedInTheTranscriptAndTheWarningIsPartOfTheTurn() {
        Replies replies = say("mon mot de passe est Soleil2024!");

        List<LogEntry> entries = relais.core().log().entries(key);
        assertThat(entries.get(0).who()).isEqualTo(Author.PERSON);
        assertThat(entries.get(0).text()).doesNotContain("Soleil2024");
        assertThat(entries).filteredOn(e -> e.who() == Author.BOT).extracting(LogEntry::text)
                .containsExactlyElementsOf(replies.replies().stream().map(r -> r.text()).toList());
    }

    @Test
    void forgettingErasesTheTranscriptAndItsAnswerIsSentWithoutBeingStored() {
        say("mon compte Facebook a été piraté");
        say("/forget");
        Replies erased = engine.handle(new Inbound.Choice(key, GlobalCommands.FORGET_YES, Locale.FRANCE));

        assertThat(erased.id()).isZero();
        assertThat(erased.replies()).isNotEmpty();
        assertThat(relais.core().log().entries(key)).isEmpty();
        assertThat(relais.core().outbox().owed(key, 0)).isEmpty();
    }
}
