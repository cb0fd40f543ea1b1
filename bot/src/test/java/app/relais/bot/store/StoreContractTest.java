package app.relais.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Inbound;
import app.relais.core.RelaisCore;
import app.relais.dossier.EvidenceEntry;
import app.relais.files.StoredFile;
import app.relais.store.CaseData;
import app.relais.store.ConcurrentUpdateException;
import app.relais.store.ConversationSnapshot;
import app.relais.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** One contract, two real databases: the embedded default (H2) and PostgreSQL for several instances. */
class StoreContractTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T20:00:00Z");

    static Stream<Arguments> databases() {
        return Databases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSnapshotComesBackExactlyAsSaved(String name, Supplier<DataSource> database) {
        var store = conversations(database.get());
        ConversationKey key = new ConversationKey("web", "session-é-1");
        CaseData data = CaseData.fresh("fr").withProblem("facebook/account-hacked").withStep("item")
                .withEvidenceIndex(2)
                .withEvidence(EvidenceEntry.value("profile-url", "https://www.facebook.com/jeanne", Instant.parse("2026-11-21T19:00:00Z")))
                .withEvidence(new EvidenceEntry("screenshots", null, List.of("f1", "f2"), false, Instant.parse("2026-11-21T19:05:00Z")))
                .withAnswer("facts", "Le 12/11 « piratage » 🙁 ‫عربي‬");
        var snapshot = new ConversationSnapshot(key, "support-request", "EVIDENCE", data, 1, clock.instant());
        store.save(snapshot);
        assertThat(store.load(key)).contains(snapshot);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aStaleVersionIsRefused(String name, Supplier<DataSource> database) {
        var store = conversations(database.get());
        ConversationKey key = new ConversationKey("telegram", "42");
        var v1 = new ConversationSnapshot(key, "support-request", "TRIAGE", CaseData.fresh("fr"), 1, clock.instant());
        store.save(v1);
        var v2 = v1.next("support-request", "ADVICE", v1.data(), clock.instant());
        store.save(v2);
        assertThatThrownBy(() -> store.save(v2)).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> store.save(v1)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.load(key).orElseThrow().state()).isEqualTo("ADVICE");
        store.delete(key);
        assertThat(store.load(key)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void filesKeepTheirBytesAndProvenanceAndGoWithTheirOwner(String name, Supplier<DataSource> database) {
        var files = files(database.get());
        ConversationKey owner = new ConversationKey("web", "a");
        byte[] content = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        StoredFile saved = files.save(owner, "capture.png", "image/png", content);
        files.save(new ConversationKey("web", "b"), "other.png", "image/png", content);
        assertThat(files.find(saved.id())).contains(saved);
        assertThat(files.content(saved.id())).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(content));
        assertThat(saved.sha256()).hasSize(64);
        assertThat(files.ownedBy(owner)).containsExactly(saved);
        files.deleteAll(owner);
        assertThat(files.find(saved.id())).isEmpty();
        assertThat(files.ownedBy(new ConversationKey("web", "b"))).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void retentionErasesIdleConversationsWithTheirFilesAndKeepsActiveOnes(String name, Supplier<DataSource> database) {
        DataSource shared = database.get();
        var conversations = conversations(shared);
        var files = files(shared);
        RelaisCore core = RelaisCore.builder().clock(clock).conversations(conversations).files(files).build();
        ConversationKey old = new ConversationKey("web", "old");
        core.engine().handle(new Inbound.Text(old, "mon compte facebook a été piraté", Locale.FRANCE));
        StoredFile oldFile = files.save(old, "old.png", "image/png", new byte[] {1});
        clock.advance(Duration.ofDays(31));
        ConversationKey recent = new ConversationKey("web", "recent");
        core.engine().handle(new Inbound.Text(recent, "mon numéro whatsapp est banni", Locale.FRANCE));
        StoredFile recentFile = files.save(recent, "recent.png", "image/png", new byte[] {2});

        int erased = new RetentionJob(conversations, files, core, clock, Duration.ofDays(30)).purge();

        assertThat(erased).isEqualTo(1);
        assertThat(conversations.load(old)).isEmpty();
        assertThat(files.find(oldFile.id())).isEmpty();
        assertThat(conversations.load(recent)).isPresent();
        assertThat(files.find(recentFile.id())).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void retentionCountsTheIdlePeriodToTheMinuteNotToTheDay(String name, Supplier<DataSource> database) {
        DataSource shared = database.get();
        var conversations = conversations(shared);
        RelaisCore core = RelaisCore.builder().clock(clock).conversations(conversations).files(files(shared)).build();
        ConversationKey earlier = new ConversationKey("web", "earlier-that-evening");
        core.engine().handle(new Inbound.Text(earlier, "mon compte facebook a été piraté", Locale.FRANCE));
        clock.advance(Duration.ofHours(2));
        ConversationKey later = new ConversationKey("web", "later-that-evening");
        core.engine().handle(new Inbound.Text(later, "mon numéro whatsapp est banni", Locale.FRANCE));
        clock.advance(Duration.ofDays(30).minusHours(1));

        int erased = new RetentionJob(conversations, files(shared), core, clock, Duration.ofDays(30)).purge();

        assertThat(erased).isEqualTo(1);
        assertThat(conversations.load(earlier)).isEmpty();
        assertThat(conversations.load(later)).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentEventsOnOneConversationFromTwoInstancesLeaveItConsistent(String name, Supplier<DataSource> database)
            throws Exception {
        DataSource shared = database.get();
        RelaisCore first = instance(shared);
        RelaisCore second = instance(shared);
        ConversationKey key = new ConversationKey("web", "busy");
        first.engine().handle(new Inbound.Text(key, "mon compte facebook a été piraté", Locale.FRANCE));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Object>> events = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            RelaisCore instance = i % 2 == 0 ? first : second;
            events.add(() -> instance.engine().handle(new Inbound.Command(key, "status", "", Locale.FRANCE)));
        }
        for (Future<Object> done : pool.invokeAll(events)) {
            done.get();
        }
        pool.shutdown();
        ConversationSnapshot last = conversations(shared).load(key).orElseThrow();
        assertThat(last.version()).isEqualTo(101);
        assertThat(last.data().candidate()).isEqualTo("facebook/account-hacked");
    }

    private RelaisCore instance(DataSource shared) {
        return RelaisCore.builder().clock(clock)
                .conversations(new CachedConversationStore(conversations(shared), 1000, Duration.ofMinutes(5)))
                .files(files(shared)).build();
    }

    /** Each store gets its own writer, as each application instance has its own. */
    private static JdbcConversationStore conversations(DataSource database) {
        return new JdbcConversationStore(new JdbcTemplate(database), new GroupCommit(database));
    }

    private JdbcFileStore files(DataSource database) {
        return new JdbcFileStore(new JdbcTemplate(database), new GroupCommit(database), clock);
    }
}
