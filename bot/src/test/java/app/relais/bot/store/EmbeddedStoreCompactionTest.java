package app.relais.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded database file under the writes a running Relais makes: rows appended for good (the
 * conversation log) while other rows are rewritten again and again (snapshots). Without compaction
 * the file keeps every chunk that holds one appended row, however empty it is otherwise.
 */
class EmbeddedStoreCompactionTest {

    private static final int COMMITS = 1_500;
    private static final int CONVERSATIONS = 100;

    @TempDir
    Path dir;

    @Test
    void theFileStaysMostlyLiveDataWhenTheWriterCompactsItBetweenCommits() throws Exception {
        DataSource db = fileDatabase("compacted");
        EmbeddedStoreCompaction compaction = EmbeddedStoreCompaction.of(db, Duration.ZERO).orElseThrow();

        write(db, compaction);

        assertThat(compaction.chunksFillRate()).isGreaterThanOrEqualTo(EmbeddedStoreCompaction.TARGET_FILL_RATE - 10);
        assertEverythingIsThere(db);
    }

    @Test
    void withoutCompactionTheSameWritesLeaveAFileOfMostlyDeadChunks() throws Exception {
        DataSource db = fileDatabase("uncompacted");
        EmbeddedStoreCompaction measure = EmbeddedStoreCompaction.of(db, Duration.ZERO).orElseThrow();

        write(db, GroupCommit.Housekeeping.NONE);

        assertThat(measure.chunksFillRate()).isLessThan(EmbeddedStoreCompaction.TARGET_FILL_RATE - 20);
        assertEverythingIsThere(db);
    }

    /**
     * The pages a run moves are written by the run itself, in the writer's gap between two commits,
     * not by the next commit, where turns wait for their replies.
     */
    @Test
    void aRunWritesThePagesItMovesItself() throws Exception {
        DataSource db = fileDatabase("self-written");
        write(db, GroupCommit.Housekeeping.NONE);
        MVStore store = EmbeddedStoreCompaction.embeddedStore(db).orElseThrow();
        EmbeddedStoreCompaction compaction = EmbeddedStoreCompaction.of(db, Duration.ZERO).orElseThrow();
        long before = store.getCurrentVersion();

        compaction.run();

        assertThat(store.getCurrentVersion()).as("a version was stored for the moved pages").isGreaterThan(before);
        assertThat(store.hasUnsavedChanges()).isFalse();
        assertEverythingIsThere(db);
    }

    @Test
    void onlyAnEmbeddedFileIsCompacted() throws Exception {
        assertThat(EmbeddedStoreCompaction.of(Databases.h2())).isEmpty();
        assertThat(EmbeddedStoreCompaction.of(Databases.postgres())).isEmpty();
        assertThat(EmbeddedStoreCompaction.of(fileDatabase("file"))).isPresent();
    }

    /**
     * The application's URL options, without H2's 45 s retention of emptied chunks: which chunks may
     * be rewritten then depends on the writes only, not on how fast the machine runs the test.
     */
    private DataSource fileDatabase(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve(name) + EmbeddedDatabaseUrl.OPTIONS + ";RETENTION_TIME=0;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        jdbc.execute("create table snapshots (id int primary key, data varchar(2000) not null)");
        jdbc.execute("create table log (id bigint primary key, data varchar(2000) not null)");
        return h2;
    }

    private static void write(DataSource db, GroupCommit.Housekeeping housekeeping) {
        JdbcTemplate jdbc = new JdbcTemplate(db);
        String text = "Bonjour, je n’ai plus accès à mon compte depuis hier soir. ".repeat(12);
        try (GroupCommit writes = new GroupCommit(db, Duration.ZERO, (count, nanos) -> { }, housekeeping)) {
            for (int i = 0; i < COMMITS; i++) {
                int commit = i;
                writes.run(() -> {
                    jdbc.update("merge into snapshots key (id) values (?, ?)", commit % CONVERSATIONS, commit + text);
                    jdbc.update("insert into log (id, data) values (?, ?)", commit, text + commit);
                });
            }
        }
    }

    private static void assertEverythingIsThere(DataSource db) {
        JdbcTemplate jdbc = new JdbcTemplate(db);
        assertThat(jdbc.queryForObject("select count(*) from log", Integer.class)).isEqualTo(COMMITS);
        assertThat(jdbc.queryForObject("select data from log where id = 7", String.class)).endsWith("7");
        assertThat(jdbc.queryForObject("select data from snapshots where id = 42", String.class))
                .startsWith(String.valueOf(COMMITS - CONVERSATIONS + 42));
    }
}
