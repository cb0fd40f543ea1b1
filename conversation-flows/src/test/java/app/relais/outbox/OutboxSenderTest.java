package app.relais.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.Author;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.Inbound;
import app.relais.conversation.Replies;
import app.relais.conversation.Reply;
import app.relais.files.InMemoryFileStore;
import app.relais.store.CaffeineConversationStore;
import app.relais.store.CaseData;
import app.relais.store.ConversationSnapshot;
import app.relais.store.ConversationStore;
import app.relais.store.MessageTime;
import app.relais.store.TurnRecord;
import app.relais.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shared sending rules every channel gets: order, marks, failures worth trying again, refusals. */
class OutboxSenderTest {

    private static final ConversationKey CHAT = new ConversationKey("messenger", "2741");

    private final MutableClock clock = MutableClock.at("2026-11-28T20:00:00Z");
    private final InMemoryOutbox outbox = new InMemoryOutbox(clock, new InMemoryFileStore(clock));
    private final ConversationStore conversations = outbox.recording(new CaffeineConversationStore(100, Duration.ofHours(1)));
    private final OutboxSender sender = new OutboxSender(outbox);
    private final Channel channel = new Channel(false);
    private long version;

    /** A channel that records what it accepted and fails while told to. */
    private static class Channel implements Outlet {
        final List<String> shown = new ArrayList<>();
        final boolean deduplicates;
        int failuresLeft;
        boolean refuseAll;

        Channel(boolean deduplicates) {
            this.deduplicates = deduplicates;
        }

        @Override
        public void send(Dispatch dispatch, int index) throws Exception {
            if (refuseAll) {
                throw new Refused("the person blocked the page", null);
            }
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new java.io.IOException("503 from the platform");
            }
            shown.add(dispatch.messageId(index) + " " + Outlet.plain(dispatch, index).text());
        }

        @Override
        public boolean deduplicates() {
            return deduplicates;
        }

        List<String> texts() {
            return shown.stream().map(s -> s.substring(s.indexOf(' ') + 1)).toList();
        }
    }

    private Dispatch turn(String... texts) {
        clock.advance(Duration.ofSeconds(1));
        version++;
        java.time.Instant previous = version == 1 ? null : conversations.load(CHAT).orElseThrow().updatedAt();
        var at = MessageTime.turn(clock.instant(), previous);
        Replies replies = new Replies(Arrays.stream(texts).map(Reply::text).toList(), MessageTime.micros(at));
        Dispatch dispatch = Dispatch.of(CHAT, replies);
        conversations.save(new ConversationSnapshot(CHAT, "support-request", "TRIAGE", CaseData.fresh("fr"), version, at),
                new TurnRecord(new Inbound.Text(CHAT, "…", Locale.FRANCE), dispatch));
        return dispatch;
    }

    @Test
    void aTurnsRepliesGoOutInOrderAndAreMarkedOneByOne() {
        Dispatch answer = turn("Votre demande :", "demande.eml", "dossier.zip");

        assertThat(sender.send(answer, channel)).isTrue();

        assertThat(channel.texts()).containsExactly("Votre demande :", "demande.eml", "dossier.zip");
        assertThat(channel.shown).extracting(s -> Long.parseLong(s.substring(0, s.indexOf(' '))))
                .containsExactly(answer.messageId(0), answer.messageId(1), answer.messageId(2));
        assertThat(outbox.owed(CHAT, 0)).isEmpty();
    }

    @Test
    void afterAFailureLaterRepliesWaitBehindTheOwedOnesAndGoOutInOrderOnceTheChannelRecovers() {
        Dispatch first = turn("un", "deux");
        channel.failuresLeft = 1;
        assertThat(sender.send(first, channel)).isFalse();
        assertThat(sender.behind()).containsExactly(CHAT);

        channel.failuresLeft = 10;
        Dispatch second = turn("trois");
        assertThat(sender.send(second, channel)).isFalse();
        Dispatch written = outbox.post(CHAT, Author.AGENT, "Camille", "fr", List.of(Reply.text("quatre")));
        assertThat(sender.send(written, channel)).isFalse();
        assertThat(channel.shown).isEmpty();

        channel.failuresLeft = 0;
        assertThat(sender.flush(CHAT, 0, channel)).isTrue();
        assertThat(channel.texts()).containsExactly("un", "deux", "trois", "Camille (équipe) : quatre");
        assertThat(sender.behind()).isEmpty();
        assertThat(outbox.owed(CHAT, 0)).isEmpty();
    }

    @Test
    void aFailureHalfWayKeepsWhatWasAcceptedSentAndSendsTheRestOnce() {
        Dispatch answer = turn("un", "deux", "trois");
        int[] resets = {1};
        Channel flaky = new Channel(false) {
            @Override
            public void send(Dispatch dispatch, int index) throws Exception {
                if (index == 1 && resets[0]-- > 0) {
                    throw new java.io.IOException("connection reset");
                }
                super.send(dispatch, index);
            }
        };

        assertThat(sender.send(answer, flaky)).isFalse();
        assertThat(outbox.owed(CHAT, 0)).singleElement().extracting(Dispatch::sent).isEqualTo(1);
        assertThat(sender.flush(CHAT, 0, flaky)).isTrue();
        assertThat(flaky.texts()).containsExactly("un", "deux", "trois");
    }

    @Test
    void aDeduplicatingClientIsMarkedOncePerDispatchAndAFailureStillKeepsWhatItTook() {
        int[] drops = {1};
        Channel web = new Channel(true) {
            @Override
            public void send(Dispatch dispatch, int index) throws Exception {
                if (index == 2 && drops[0]-- > 0) {
                    throw new IllegalStateException("no open socket");
                }
                super.send(dispatch, index);
            }
        };
        Dispatch answer = turn("un", "deux", "trois");

        assertThat(sender.send(answer, web)).isFalse();
        assertThat(outbox.owed(CHAT, 0)).singleElement().extracting(Dispatch::sent).isEqualTo(2);
        assertThat(sender.flush(CHAT, 0, web)).isTrue();
        assertThat(web.texts()).containsExactly("un", "deux", "trois");
    }

    @Test
    void aReplyTheChannelRefusesForGoodIsDroppedAndTheConversationGoesOn() {
        channel.refuseAll = true;
        assertThat(sender.send(turn("bloqué"), channel)).isTrue();
        channel.refuseAll = false;
        assertThat(sender.send(turn("débloqué"), channel)).isTrue();

        assertThat(channel.texts()).containsExactly("débloqué");
        assertThat(outbox.owed(CHAT, 0)).isEmpty();
        assertThat(sender.behind()).isEmpty();
    }

    @Test
    void repliesThatWereNotStoredAreSentOnceAsTheyAre() {
        Dispatch forgotten = Dispatch.of(CHAT, new Replies(List.of(Reply.text("Tout est effacé."))));

        assertThat(sender.send(forgotten, channel)).isTrue();

        assertThat(channel.shown).containsExactly("0 Tout est effacé.");
        assertThat(outbox.owed(CHAT, 0)).isEmpty();
    }
}
