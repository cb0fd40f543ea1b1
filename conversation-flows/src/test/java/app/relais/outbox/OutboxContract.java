package app.relais.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.relais.conversation.Author;
import app.relais.conversation.Choice;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.FileRef;
import app.relais.conversation.Inbound;
import app.relais.conversation.Replies;
import app.relais.conversation.Reply;
import app.relais.files.FileStore;
import app.relais.files.StoredFile;
import app.relais.store.CaseData;
import app.relais.store.ConcurrentUpdateException;
import app.relais.store.ConversationSnapshot;
import app.relais.store.ConversationStore;
import app.relais.store.LogEntry;
import app.relais.store.MessageTime;
import app.relais.store.TurnRecord;
import app.relais.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Outbox} promises, with the conversation store that writes its turns; the
 * in-memory one runs it here and the durable one extends it with its own {@link #stores}.
 */
public abstract class OutboxContract {

    protected static final Instant NOW = Instant.parse("2026-11-28T20:00:00Z");

    /** The outbox, the store that writes turns into it, and the files it names. */
    public record Stores(Outbox outbox, ConversationStore conversations, FileStore files) {
    }

    /** Fresh, empty stores on {@code clock}. */
    protected abstract Stores stores(MutableClock clock);

    private final MutableClock clock = MutableClock.at(NOW.toString());
    private final Stores stores = stores(clock);
    private final Outbox outbox = stores.outbox();

    private static final ConversationKey TELEGRAM = new ConversationKey("telegram", "5518273641");

    /** Saves a turn at version {@code version}, {@code at} the clock's time; returns its dispatch. */
    private Dispatch turn(ConversationKey key, long version, Inbound said, Reply... replies) {
        Instant previous = version == 1 ? null : stores.conversations().load(key).orElseThrow().updatedAt();
        Instant at = MessageTime.turn(clock.instant(), previous);
        Dispatch dispatch = Dispatch.of(key, new Replies(Arrays.asList(replies), MessageTime.micros(at)));
        stores.conversations().save(new ConversationSnapshot(key, "support-request", "TRIAGE", CaseData.fresh("fr"),
                version, at), new TurnRecord(said, dispatch));
        return dispatch;
    }

    private static Inbound.Text text(ConversationKey key, String words) {
        return new Inbound.Text(key, words, Locale.FRANCE);
    }

    private void sent(Dispatch dispatch, int count) {
        outbox.sent(dispatch, count).toCompletableFuture().join();
    }

    @Test
    void aTurnsRepliesAreOwedUntilTheChannelAcceptedThemOneByOne() {
        Dispatch answer = turn(TELEGRAM, 1, text(TELEGRAM, "mon compte a été piraté"),
                Reply.text("J’ai compris."), Reply.text("C’est bien cela ?"));

        assertThat(outbox.owed(TELEGRAM, 0)).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(answer.id());
            assertThat(d.sent()).isZero();
            assertThat(d.replies()).extracting(Reply::text).containsExactly("J’ai compris.", "C’est bien cela ?");
        });
        sent(answer, 1);
        assertThat(outbox.owed(TELEGRAM, 0)).singleElement().extracting(Dispatch::sent).isEqualTo(1);
        sent(answer, 2);
        assertThat(outbox.owed(TELEGRAM, 0)).isEmpty();
        sent(answer, 1);
        assertThat(outbox.owed(TELEGRAM, 0)).as("a late mark never takes back a later one").isEmpty();
        assertThat(outbox.entries(TELEGRAM)).extracting(LogEntry::delivered).containsExactly(true, true, true);
    }

    @Test
    void aTurnWhoseSnapshotLostTheRaceLeavesNoTrace() {
        turn(TELEGRAM, 1, text(TELEGRAM, "premier"), Reply.text("Réponse au premier."));
        clock.advance(Duration.ofSeconds(1));

        assertThatThrownBy(() -> turn(TELEGRAM, 1, text(TELEGRAM, "concurrent"), Reply.text("Réponse perdue.")))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(outbox.owed(TELEGRAM, 0)).flatExtracting(Dispatch::replies).extracting(Reply::text)
                .containsExactly("Réponse au premier.");
        assertThat(outbox.entries(TELEGRAM)).extracting(LogEntry::text).containsExactly("premier", "Réponse au premier.");
    }

    @Test
    void messagesWrittenOutsideATurnComeAfterEveryStoredRowEvenOnAClockThatStandsStill() {
        Dispatch answer = turn(TELEGRAM, 1, text(TELEGRAM, "un humain"), Reply.text("Je passe la main."));
        Dispatch taken = outbox.post(TELEGRAM, Author.BOT, null, null, List.of(Reply.text("Camille prend votre demande.")));
        Dispatch said = outbox.post(TELEGRAM, Author.AGENT, "Camille", "fr", List.of(Reply.text("Bonjour !")));

        assertThat(List.of(answer.id(), taken.id(), said.id())).isSorted().doesNotHaveDuplicates();
        assertThat(taken.id() % 2).as("odd: never an id a turn takes").isEqualTo(1);
        assertThat(outbox.owed(TELEGRAM, 0)).extracting(Dispatch::author, Dispatch::name, Dispatch::language)
                .containsExactly(tuple(Author.BOT, null, null), tuple(Author.BOT, null, null),
                        tuple(Author.AGENT, "Camille", "fr"));
    }

    @Test
    void aClientsLastSeenIdBringsBackWhatCameAfterItEvenWhenSent() {
        Dispatch answer = turn(TELEGRAM, 1, text(TELEGRAM, "c’est parfait"),
                Reply.text("Votre demande :"), Reply.text("demande.eml"), Reply.text("dossier.zip"));
        sent(answer, 3);

        assertThat(outbox.owed(TELEGRAM, answer.messageId(0))).singleElement().extracting(Dispatch::sent).isEqualTo(1);
        assertThat(outbox.owed(TELEGRAM, answer.messageId(2))).isEmpty();
        assertThat(outbox.owed(TELEGRAM, 0)).isEmpty();
    }

    @Test
    void aStartingChannelFindsItsConversationsThatAreStillOwedReplies() {
        ConversationKey done = new ConversationKey("telegram", "6022418890");
        ConversationKey web = new ConversationKey("web", "abc");
        turn(TELEGRAM, 1, text(TELEGRAM, "bonjour"), Reply.text("Bonjour !"));
        sent(turn(done, 1, text(done, "bonjour"), Reply.text("Bonjour !")), 1);
        turn(web, 1, text(web, "bonjour"), Reply.text("Bonjour !"));
        turn(new ConversationKey("telegram", "1"), 1, text(TELEGRAM, "/status"));

        assertThat(outbox.owing("telegram", NOW.plusSeconds(1), 100)).containsExactly(TELEGRAM);
        assertThat(outbox.owing("telegram", NOW.minusSeconds(1), 100)).isEmpty();
    }

    @Test
    void theTranscriptShowsThePersonTheBotAndTheTeamInOrder() {
        StoredFile capture = stores.files().save(TELEGRAM, "capture.png", "IMG_2041.png", "image/png", new byte[] {1, 2, 3});
        Dispatch greeting = turn(TELEGRAM, 1, new Inbound.Command(TELEGRAM, "start", "outage", Locale.FRANCE),
                Reply.choose("C’est bien Facebook ?", List.of(new Choice("yes", "Oui, c’est ça"), new Choice("no", "Non"))));
        sent(greeting, 1);
        clock.advance(Duration.ofSeconds(5));
        turn(TELEGRAM, 2, new Inbound.Choice(TELEGRAM, "yes", Locale.FRANCE), Reply.text("Envoyez une capture."));
        clock.advance(Duration.ofSeconds(5));
        turn(TELEGRAM, 3, new Inbound.Attachment(TELEGRAM, List.of(capture.id()), "la voici", Locale.FRANCE),
                Reply.text("Bien reçu.").withFiles(List.of(new FileRef("f-1", "demande.eml", "message/rfc822", 900))));
        clock.advance(Duration.ofSeconds(5));
        outbox.post(TELEGRAM, Author.AGENT, "Camille", "fr", List.of(Reply.text("Je prends le relais.")));

        List<LogEntry> entries = outbox.entries(TELEGRAM);
        assertThat(entries).extracting(LogEntry::who, LogEntry::name, LogEntry::text, LogEntry::delivered).containsExactly(
                tuple(Author.PERSON, null, "/start outage", true),
                tuple(Author.BOT, null, "C’est bien Facebook ?", true),
                tuple(Author.PERSON, null, "Oui, c’est ça", true),
                tuple(Author.BOT, null, "Envoyez une capture.", false),
                tuple(Author.PERSON, null, "la voici", true),
                tuple(Author.BOT, null, "Bien reçu.", false),
                tuple(Author.AGENT, "Camille", "Je prends le relais.", false));
        assertThat(entries.get(4).files()).extracting(FileRef::fileId, FileRef::name).containsExactly(tuple(capture.id(), "capture.png"));
        assertThat(entries.get(5).files()).extracting(FileRef::name).containsExactly("demande.eml");
        assertThat(entries).extracting(LogEntry::id).isSorted().doesNotHaveDuplicates();
        assertThat(entries).extracting(LogEntry::at).isSorted();
        assertThat(entries.get(1).id()).isEqualTo(greeting.messageId(0));
    }

    @Test
    void aLongConversationKeepsEveryTurnAndEveryMessageOfTheTeamInOrderWhateverIsSavedBetween() {
        List<String> said = new ArrayList<>();
        List<Dispatch> rows = new ArrayList<>();
        for (int version = 1; version <= 60; version++) {
            clock.advance(Duration.ofSeconds(7));
            rows.add(turn(TELEGRAM, version, text(TELEGRAM, "message " + version), Reply.text("réponse " + version)));
            said.add("message " + version);
            said.add("réponse " + version);
            if (version % 15 == 0) {
                rows.add(outbox.post(TELEGRAM, Author.AGENT, "Camille", "fr", List.of(Reply.text("relais " + version))));
                said.add("relais " + version);
            }
        }
        // A snapshot saved without a turn (a timer, a command that logs nothing) leaves the chain whole.
        ConversationSnapshot current = stores.conversations().load(TELEGRAM).orElseThrow();
        stores.conversations().save(current.next("support-request", "DONE", current.data(), NOW.plusSeconds(3600)));
        clock.set(NOW.plusSeconds(3700));
        rows.add(turn(TELEGRAM, 62, text(TELEGRAM, "merci"), Reply.text("Avec plaisir.")));
        said.add("merci");
        said.add("Avec plaisir.");
        rows.forEach(row -> sent(row, 1));

        assertThat(outbox.entries(TELEGRAM)).extracting(LogEntry::text).containsExactlyElementsOf(said);
        assertThat(outbox.owed(TELEGRAM, 0)).isEmpty();
        assertThat(outbox.owed(TELEGRAM, rows.get(rows.size() - 4).messageId(0)))
                .extracting(d -> d.replies().get(0).text()).containsExactly("réponse 60", "relais 60", "Avec plaisir.");
    }

    @Test
    void erasingAConversationForgetsItsMessages() {
        turn(TELEGRAM, 1, text(TELEGRAM, "bonjour"), Reply.text("Bonjour !"));
        outbox.post(TELEGRAM, Author.BOT, null, null, List.of(Reply.text("Rappel.")));

        outbox.erase(TELEGRAM);

        assertThat(outbox.entries(TELEGRAM)).isEmpty();
        assertThat(outbox.owed(TELEGRAM, 0)).isEmpty();
        assertThat(outbox.owing("telegram", NOW.plusSeconds(60), 10)).isEmpty();
    }
}
