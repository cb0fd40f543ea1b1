package app.relais.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.relais.conversation.ConversationKey;
import app.relais.files.StoredFile;
import app.relais.store.CaseData;
import app.relais.store.ConcurrentUpdateException;
import app.relais.store.ConversationSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Conversations sharing commits: each caller returns once its own write is durable, and one
 * conversation's failed write never costs another conversation its answer.
 */
class GroupCommitTest {

    private static final Instant NOW = Instant.parse("2026-11-21T20:00:00Z");
    private static final byte[] EML = "Subject: Compte piraté\r\n\r\nBonjour,\r\n".getBytes(StandardCharsets.UTF_8);

    private final Queue<Integer> batches = new ConcurrentLinkedQueue<>();
    private final ExecutorService callers = Executors.newFixedThreadPool(16);
    private GroupCommit writes;

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<DataSource>) Databases::h2),
                Arguments.of("PostgreSQL", (Supplier<DataSource>) Databases::postgres));
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
        if (writes != null) {
            writes.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void writesThatArriveDuringACommitShareTheNextOneAndAreVisibleWhenTheCallerReturns(String name,
            Supplier<DataSource> database) throws Exception {
        DataSource db = database.get();
        writes = new GroupCommit(db, batches::add);
        var store = new JdbcConversationStore(new JdbcTemplate(db), writes);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> blocker = occupyWriter(release);

        List<Future<?>> saves = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ConversationSnapshot first = snapshot("user-" + i, 1, "TRIAGE");
            saves.add(callers.submit(() -> store.save(first)));
        }
        waitUntilQueued(writes, 10);
        release.countDown();
        blocker.get(10, TimeUnit.SECONDS);
        for (Future<?> save : saves) {
            save.get(10, TimeUnit.SECONDS);
        }

        var otherInstance = new JdbcConversationStore(new JdbcTemplate(db), new GroupCommit(db));
        for (int i = 0; i < 10; i++) {
            assertThat(otherInstance.load(new ConversationKey("web", "user-" + i))).isPresent();
        }
        assertThat(batches).containsExactly(1, 10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aStaleWriteFailsAloneAndTheOthersOfItsCommitAreKept(String name, Supplier<DataSource> database)
            throws Exception {
        DataSource db = database.get();
        writes = new GroupCommit(db, batches::add);
        var store = new JdbcConversationStore(new JdbcTemplate(db), writes);
        store.save(snapshot("taken", 1, "TRIAGE"));
        CountDownLatch release = new CountDownLatch(1);
        occupyWriter(release);

        Future<?> before = callers.submit(() -> store.save(snapshot("fresh-1", 1, "TRIAGE")));
        waitUntilQueued(writes, 1);
        Future<?> duplicate = callers.submit(() -> store.save(snapshot("taken", 1, "ADVICE")));
        waitUntilQueued(writes, 2);
        Future<?> stale = callers.submit(() -> store.save(snapshot("taken", 3, "REVIEW")));
        waitUntilQueued(writes, 3);
        Future<?> after = callers.submit(() -> store.save(snapshot("fresh-2", 1, "TRIAGE")));
        waitUntilQueued(writes, 4);
        release.countDown();

        before.get(10, TimeUnit.SECONDS);
        after.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> duplicate.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> stale.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.load(new ConversationKey("web", "fresh-1"))).isPresent();
        assertThat(store.load(new ConversationKey("web", "fresh-2"))).isPresent();
        assertThat(store.load(new ConversationKey("web", "taken")).orElseThrow().state()).isEqualTo("TRIAGE");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aClosedWriterRefusesNewWritesClearlyInsteadOfLeavingTheCallerWaiting(String name,
            Supplier<DataSource> database) {
        DataSource db = database.get();
        writes = new GroupCommit(db);
        var store = new JdbcConversationStore(new JdbcTemplate(db), writes);
        store.save(snapshot("before-close", 1, "TRIAGE"));
        writes.close();

        assertThatThrownBy(() -> store.save(snapshot("after-close", 1, "TRIAGE")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(store.load(new ConversationKey("web", "before-close"))).isPresent();
    }

    @Test
    void underLoadWritesArrivingOneAfterAnotherWaitForTheNextPacedCommitAndShareIt() throws Exception {
        DataSource db = Databases.h2();
        writes = new GroupCommit(db, Duration.ofSeconds(1), batches::add);
        var store = new JdbcConversationStore(new JdbcTemplate(db), writes);
        CountDownLatch release = new CountDownLatch(1);
        occupyWriter(release);
        Future<?> first = callers.submit(() -> store.save(snapshot("overlapping-1", 1, "TRIAGE")));
        Future<?> second = callers.submit(() -> store.save(snapshot("overlapping-2", 1, "TRIAGE")));
        waitUntilQueued(writes, 2);
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);

        List<Future<?>> trickle = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ConversationSnapshot next = snapshot("trickle-" + i, 1, "TRIAGE");
            trickle.add(callers.submit(() -> store.save(next)));
            Thread.sleep(20);
        }
        for (Future<?> save : trickle) {
            save.get(10, TimeUnit.SECONDS);
        }

        assertThat(batches).containsExactly(1, 2, 5);
        assertThat(store.load(new ConversationKey("web", "trickle-4"))).isPresent();
    }

    @Test
    void aLoneConversationIsNeverHeldBackByThePace() {
        DataSource db = Databases.h2();
        writes = new GroupCommit(db, Duration.ofSeconds(1), batches::add);
        var store = new JdbcConversationStore(new JdbcTemplate(db), writes);
        long start = System.nanoTime();
        for (int version = 1; version <= 5; version++) {
            store.save(snapshot("alone", version, "STEP-" + version));
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(batches).containsExactly(1, 1, 1, 1, 1);
        assertThat(store.load(new ConversationKey("web", "alone")).orElseThrow().state()).isEqualTo("STEP-5");
    }

    @Test
    void aTurnQueuesItsFilesAtOnceAndTheyAreCommittedWithItsSnapshot() throws Exception {
        DataSource db = Databases.h2();
        writes = new GroupCommit(db, batches::add);
        var files = new JdbcFileStore(new JdbcTemplate(db), writes, Clock.fixed(NOW, ZoneOffset.UTC));
        var store = new JdbcConversationStore(new JdbcTemplate(db), writes);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> blocker = occupyWriter(release);

        Future<StoredFile> turn = callers.submit(() -> writes.together(() -> {
            StoredFile draft = files.save(new ConversationKey("web", "approving"), "request.eml", "message/rfc822", EML);
            store.save(snapshot("approving", 1, "DELIVER"));
            return draft;
        }));
        // Both queued while the writer is held: saving the file did not wait for a commit.
        waitUntilQueued(writes, 2);
        assertThat(turn.isDone()).isFalse();
        release.countDown();
        blocker.get(10, TimeUnit.SECONDS);
        StoredFile draft = turn.get(10, TimeUnit.SECONDS);

        var otherInstance = new JdbcFileStore(new JdbcTemplate(db), new GroupCommit(db), Clock.systemUTC());
        assertThat(otherInstance.content(draft.id())).hasValue(EML);
        assertThat(store.load(new ConversationKey("web", "approving")).orElseThrow().state()).isEqualTo("DELIVER");
        assertThat(batches).containsExactly(1, 2);
    }

    @Test
    void aFileSavedOutsideATurnIsCommittedBeforeSaveReturns() throws Exception {
        DataSource db = Databases.h2();
        writes = new GroupCommit(db, batches::add);
        var files = new JdbcFileStore(new JdbcTemplate(db), writes, Clock.fixed(NOW, ZoneOffset.UTC));
        CountDownLatch release = new CountDownLatch(1);
        occupyWriter(release);

        Future<StoredFile> upload = callers.submit(() ->
                files.save(new ConversationKey("web", "uploading"), "screenshot.png", "image/png", EML));
        waitUntilQueued(writes, 1);
        assertThat(upload.isDone()).isFalse();
        release.countDown();

        assertThat(files.content(upload.get(10, TimeUnit.SECONDS).id())).hasValue(EML);
    }

    @Test
    void aDeferredWriteThatFailsFailsItsTurnEvenWhenNothingIsWrittenAfterIt() {
        JdbcTemplate jdbc = databaseWhereEvidenceOneIsSeen();

        assertThatThrownBy(() -> writes.together(() -> {
            writes.defer(() -> jdbc.update("insert into evidence_seen values (1)"));
            return "reply";
        })).isInstanceOf(DuplicateKeyException.class);

        // The next turn of the same thread does not inherit the failure.
        assertThat(writes.together(() -> {
            writes.defer(() -> jdbc.update("insert into evidence_seen values (2)"));
            return "reply";
        })).isEqualTo("reply");
        assertThat(jdbc.queryForObject("select count(*) from evidence_seen", Integer.class)).isEqualTo(2);
    }

    @Test
    void aSnapshotIsNotKeptWhenAFileOfItsTurnCouldNotBeWritten() {
        JdbcTemplate jdbc = databaseWhereEvidenceOneIsSeen();
        var store = new JdbcConversationStore(jdbc, writes);

        writes.together(() -> {
            writes.defer(() -> jdbc.update("insert into evidence_seen values (1)"));
            assertThatThrownBy(() -> store.save(snapshot("approving", 1, "DELIVER")))
                    .isInstanceOf(DuplicateKeyException.class);
            return "error frame";
        });

        assertThat(store.load(new ConversationKey("web", "approving"))).isEmpty();
    }

    @Test
    void aTurnTriedAgainAfterAFailedWriteDoesNotInheritTheFailure() {
        JdbcTemplate jdbc = databaseWhereEvidenceOneIsSeen();
        var store = new JdbcConversationStore(jdbc, writes);

        String reply = writes.together(() -> {
            writes.defer(() -> jdbc.update("insert into evidence_seen values (1)"));
            assertThatThrownBy(() -> store.save(snapshot("retried", 1, "DELIVER")))
                    .isInstanceOf(DuplicateKeyException.class);
            writes.defer(() -> jdbc.update("insert into evidence_seen values (2)"));
            store.save(snapshot("retried", 1, "DELIVER"));
            return "reply";
        });

        assertThat(reply).isEqualTo("reply");
        assertThat(store.load(new ConversationKey("web", "retried")).orElseThrow().state()).isEqualTo("DELIVER");
        assertThat(jdbc.queryForObject("select count(*) from evidence_seen", Integer.class)).isEqualTo(2);
    }

    @Test
    void whatAChannelCommitsAlongsideATurnIsCommittedWithItsSnapshotOrNotAtAll() {
        JdbcTemplate jdbc = databaseWhereEvidenceOneIsSeen();
        var store = new JdbcConversationStore(jdbc, writes);

        writes.withTurn(() -> jdbc.update("insert into evidence_seen values (5)"),
                () -> writes.together(() -> {
                    store.save(snapshot("marked", 1, "TRIAGE"));
                    return "reply";
                }));
        writes.withTurn(() -> jdbc.update("insert into evidence_seen values (6)"), () -> {
            // Lost the race once (another instance saved first), saved on the second try.
            assertThatThrownBy(() -> store.save(snapshot("marked", 1, "ADVICE")))
                    .isInstanceOf(ConcurrentUpdateException.class);
            store.save(snapshot("marked", 2, "ADVICE"));
            return "reply";
        });
        writes.withTurn(() -> jdbc.update("insert into evidence_seen values (7)"), () -> "a turn that failed saves nothing");
        assertThatThrownBy(() -> writes.withTurn(() -> jdbc.update("insert into evidence_seen values (1)"),
                () -> {
                    store.save(snapshot("unmarkable", 1, "TRIAGE"));
                    return "reply";
                })).isInstanceOf(DuplicateKeyException.class);

        assertThat(jdbc.queryForList("select id from evidence_seen order by id", Integer.class)).containsExactly(1, 5, 6);
        assertThat(store.load(new ConversationKey("web", "marked")).orElseThrow().state()).isEqualTo("ADVICE");
        assertThat(store.load(new ConversationKey("web", "unmarkable"))).as("rolled back with its mark").isEmpty();
        store.save(snapshot("after", 1, "TRIAGE"));
        assertThat(jdbc.queryForObject("select count(*) from evidence_seen", Integer.class)).as("nothing left over").isEqualTo(3);
    }

    @Test
    void rowsCollectedByTheWritesOfACommitGoInOneBatchAndAFailingRowFailsOnlyItsOwnWrite() throws Exception {
        JdbcTemplate jdbc = databaseWhereEvidenceOneIsSeen();
        List<Integer> flushes = new java.util.concurrent.CopyOnWriteArrayList<>();
        GroupCommit.Rows<Integer> seen = new GroupCommit.Rows<>(rows -> {
            flushes.add(rows.size());
            jdbc.batchUpdate("insert into evidence_seen values (?)", rows.stream().map(id -> new Object[] {id}).toList());
        });
        CountDownLatch release = new CountDownLatch(1);
        Future<?> blocker = occupyWriter(release);

        List<Future<?>> ok = new ArrayList<>();
        for (int id = 2; id <= 5; id++) {
            int row = id;
            ok.add(callers.submit(() -> writes.run(() -> writes.collect(seen, row))));
        }
        Future<?> duplicate = callers.submit(() -> writes.run(() -> writes.collect(seen, 1)));
        waitUntilQueued(writes, 5);
        release.countDown();
        blocker.get(10, TimeUnit.SECONDS);

        for (Future<?> write : ok) {
            write.get(10, TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> duplicate.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(DuplicateKeyException.class);
        assertThat(jdbc.queryForList("select id from evidence_seen order by id", Integer.class)).containsExactly(1, 2, 3, 4, 5);
        assertThat(flushes.get(0)).as("the whole commit's rows in one statement").isEqualTo(5);
        assertThatThrownBy(() -> writes.collect(seen, 9)).as("only a write's work collects")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSubmittedWriteNeverMakesItsCallerWaitAndCompletesWithItsCommit() throws Exception {
        JdbcTemplate jdbc = databaseWhereEvidenceOneIsSeen();
        CountDownLatch release = new CountDownLatch(1);
        occupyWriter(release);

        var marked = writes.submit(() -> jdbc.update("insert into evidence_seen values (2)"));

        assertThat(marked).isNotDone();
        release.countDown();
        marked.get(10, TimeUnit.SECONDS);
        assertThat(jdbc.queryForObject("select count(*) from evidence_seen", Integer.class)).isEqualTo(2);
    }

    @Test
    void aTurnThatThrowsLeavesItsThreadWritingAsBefore() throws Exception {
        DataSource db = Databases.h2();
        writes = new GroupCommit(db, batches::add);
        var files = new JdbcFileStore(new JdbcTemplate(db), writes, Clock.fixed(NOW, ZoneOffset.UTC));
        ExecutorService tomcatThread = Executors.newSingleThreadExecutor();
        try {
            Future<?> failedTurn = tomcatThread.submit(() -> writes.together(() -> {
                throw new IllegalStateException("a stage failed");
            }));
            assertThatThrownBy(() -> failedTurn.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
            CountDownLatch release = new CountDownLatch(1);
            occupyWriter(release);

            // The same thread, now outside any turn, uploads a file: save must wait for its commit.
            Future<Boolean> returnedBeforeCommit = tomcatThread.submit(() -> {
                files.save(new ConversationKey("web", "uploading"), "screenshot.png", "image/png", EML);
                return release.getCount() > 0;
            });
            waitUntilQueued(writes, 1);
            release.countDown();
            assertThat(returnedBeforeCommit.get(10, TimeUnit.SECONDS)).isFalse();
        } finally {
            tomcatThread.shutdownNow();
        }
    }

    @Test
    void aLoneConversationsApprovalDoesNotTurnThePaceOn() throws Exception {
        DataSource db = Databases.h2();
        writes = new GroupCommit(db, Duration.ofSeconds(1), batches::add);
        var files = new JdbcFileStore(new JdbcTemplate(db), writes, Clock.fixed(NOW, ZoneOffset.UTC));
        var store = new JdbcConversationStore(new JdbcTemplate(db), writes);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> blocker = occupyWriter(release);
        Future<?> approval = callers.submit(() -> writes.together(() -> {
            files.save(new ConversationKey("web", "alone"), "request.eml", "message/rfc822", EML);
            store.save(snapshot("alone", 1, "DELIVER"));
            return null;
        }));
        waitUntilQueued(writes, 2);
        release.countDown();
        blocker.get(10, TimeUnit.SECONDS);
        approval.get(10, TimeUnit.SECONDS);

        long start = System.nanoTime();
        store.save(snapshot("alone", 2, "FOLLOW_UP"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(batches).containsExactly(1, 2, 1);
    }

    /** A writer on a fresh H2 database where inserting evidence 1 again fails as a duplicate key. */
    private JdbcTemplate databaseWhereEvidenceOneIsSeen() {
        DataSource db = Databases.h2();
        writes = new GroupCommit(db, batches::add);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("create table evidence_seen (id int primary key)");
        jdbc.update("insert into evidence_seen values (1)");
        return jdbc;
    }

    private static ConversationSnapshot snapshot(String user, long version, String state) {
        return new ConversationSnapshot(new ConversationKey("web", user), "support-request", state,
                CaseData.fresh("fr"), version, NOW);
    }

    /** Holds the writer in a commit until {@code release}, so that the next writes queue up behind it. */
    private Future<?> occupyWriter(CountDownLatch release) throws InterruptedException {
        CountDownLatch writerBusy = new CountDownLatch(1);
        Future<?> blocker = callers.submit(() -> writes.run(() -> {
            writerBusy.countDown();
            await(release);
        }));
        assertThat(writerBusy.await(10, TimeUnit.SECONDS)).isTrue();
        return blocker;
    }

    /** The writes are queued once the callers block; the queue is private, so watch the threads. */
    private static void waitUntilQueued(GroupCommit writes, int callers) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (writes.waiting() < callers) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + writes.waiting() + " writes queued, expected " + callers);
            }
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
