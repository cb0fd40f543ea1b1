package app.relais.bot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts the embedded H2 file between two commits of the {@link GroupCommit} writer.
 *
 * <p>Why: every commit writes a new chunk of pages at the end of the file, and a chunk is only
 * reused once none of its pages is live. H2 moves the live pages of sparse chunks into new ones
 * from a background thread, but {@code WRITE_DELAY=0} (each commit written at once, what makes a
 * committed turn survive SIGKILL) stops that thread. Rows that are written once and kept (the
 * conversation log, a finished conversation's snapshot, stored files) then keep nearly every
 * chunk alive: under the load benchmark the file reached 2.7 GB in 5 minutes with chunks 6 % full,
 * and it only ever grew until a restart. This does what H2's thread would: when less than
 * {@link #TARGET_FILL_RATE} % of the chunks' bytes is live, it rewrites the live pages of the
 * sparsest chunks older than H2's retention time (45 s), at most {@link
 * #WRITE_LIMIT} bytes per run, and writes them at once in a chunk of their own, and the emptied
 * chunks are reused. Same thread as the commits, in the gap the writer leaves between two commits
 * under load (its pace): nothing waits on a lock for it, and the moved pages do not ride on the
 * next commit, where turns wait for their replies.
 */
final class EmbeddedStoreCompaction implements GroupCommit.Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreCompaction.class);

    /** Below this share of live bytes in the chunks, sparse chunks are rewritten. */
    static final int TARGET_FILL_RATE = 50;
    /** Live bytes rewritten per run at most. */
    static final int WRITE_LIMIT = 256 * 1024;
    private static final Duration INTERVAL = Duration.ofMillis(100);

    private final MVStore store;
    private final Duration interval;
    private boolean failed;

    private EmbeddedStoreCompaction(MVStore store, Duration interval) {
        this.store = store;
        this.interval = interval;
    }

    /** For an embedded H2 database in a file; empty for PostgreSQL, an in-memory or a remote H2. */
    static Optional<EmbeddedStoreCompaction> of(DataSource dataSource) throws SQLException {
        return of(dataSource, INTERVAL);
    }

    /** {@link #of(DataSource)}, run at most once per {@code interval} (tests: after every commit). */
    static Optional<EmbeddedStoreCompaction> of(DataSource dataSource, Duration interval) throws SQLException {
        return embeddedStore(dataSource).map(store -> new EmbeddedStoreCompaction(store, interval));
    }

    /** The H2 store behind {@code dataSource} when it is an embedded file; empty for PostgreSQL, an in-memory or a remote H2. */
    static Optional<MVStore> embeddedStore(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isWrapperFor(JdbcConnection.class)) {
                return Optional.empty();
            }
            Session session = connection.unwrap(JdbcConnection.class).getSession();
            if (!(session instanceof SessionLocal local) || !local.getDatabase().isPersistent()) {
                return Optional.empty();
            }
            Store store = local.getDatabase().getStore();
            MVStore mvStore = store == null ? null : store.getMvStore();
            return mvStore == null || mvStore.getFileStore() == null ? Optional.empty() : Optional.of(mvStore);
        }
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        if (failed || store.isClosed()) {
            return;
        }
        try {
            if (store.compact(TARGET_FILL_RATE, WRITE_LIMIT)) {
                // Writes the moved pages now, as H2's own background writer would; the writer's transaction is
                // closed between two commits, and H2 keeps what another thread's open one changed undoable.
                store.commit();
            }
        } catch (RuntimeException e) {
            // The database goes on without compaction; its file grows, as with H2's own settings.
            failed = true;
            log.warn("Compaction of the embedded database stopped: {}", e.toString());
        }
    }

    /** The share of live bytes in the file's chunks, in percent (for tests and metrics). */
    int chunksFillRate() {
        return store.getFileStore().getChunksFillRate();
    }
}
