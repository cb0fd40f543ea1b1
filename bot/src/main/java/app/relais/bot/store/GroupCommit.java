package app.relais.bot.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes of many conversations committed together, each caller still waiting until its own write
 * is committed.
 *
 * <p>Why: the embedded H2 writes a new chunk of pages to its file on every commit (that is what makes
 * a committed transition survive a SIGKILL), and a commit costs about 200 µs whatever it holds;
 * on PostgreSQL every commit waits for its WAL flush. One writer thread therefore takes every write
 * that arrived while the previous commit was running and commits them in one transaction: with one
 * conversation at a time nothing changes, under load hundreds of conversations share a commit.
 *
 * <p>A write is a piece of JDBC work on a {@code JdbcTemplate} over the same {@link DataSource}: it
 * runs on the writer thread, which holds the transaction. If any write of a batch fails (a stale
 * version, a duplicate key), the batch is rolled back and each write is run again in its own
 * transaction, so a failure only ever reaches its own caller (or, for a deferred write, its own
 * turn). Writes must therefore have no effect outside the database.
 *
 * <p>Under load the writer also paces itself: when the last commit was shared (several conversations
 * writing at once), the next one starts no sooner than {@code pace} after it. Every commit of the
 * embedded H2 rewrites the path from each changed row to the root, a chunk header and the chunk's
 * bookkeeping, then makes a write system call; at 1,000 messages/s unpaced commits held 2-3 writes
 * each and took a third of the application's CPU. A few milliseconds of gathering lets one commit
 * carry the writes of many conversations. A lone conversation never waits: its commits hold one
 * write, which turns pacing off until writes overlap again.
 *
 * <p>A conversation's turn may write more than its snapshot (the .eml draft and the evidence archive
 * when a request is approved). Inside {@link #together}, such writes are {@link #defer deferred}:
 * queued at once without waiting, they reach the same or an earlier commit than the snapshot that
 * follows them, and the turn waits once, not once per file. The snapshot's write depends on them:
 * if a file insert failed, the snapshot is not written and the turn fails, so the conversation
 * stays where it was and the user can simply try again.
 */
public final class GroupCommit implements AutoCloseable {

    private static final int MAX_BATCH = 256;
    /** Queued by {@link #close()}: the writer commits what came before it, then stops. */
    private static final Pending<Void> CLOSE = new Pending<>(() -> null, false);

    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final TransactionTemplate transactions;
    private final Metrics metrics;
    private final long paceNanos;
    private final Housekeeping housekeeping;
    private final Thread writer;
    /** The deferred writes of the turn running on this thread, inside {@link #together}; null outside. */
    private final ThreadLocal<List<Pending<?>>> owed = new ThreadLocal<>();
    /** Work to commit with the snapshot this thread saves next, inside {@link #withTurn}; null outside. */
    private final ThreadLocal<Runnable> withSnapshot = new ThreadLocal<>();
    /** Rows the current transaction's works collected, by kind, in order; only the writer thread touches it. */
    private final Map<Rows<?>, List<Object>> collected = new LinkedHashMap<>();
    private volatile boolean closed;
    private long lastCommitStart;
    /** Callers that waited on the last commit (its deferred writes not counted): 2 or more turn pacing on. */
    private int lastCallers;
    private long lastHousekeeping;

    /**
     * @param pace       the least time between the starts of two commits while writes overlap
     *                   ({@link Duration#ZERO}: commit as soon as the previous commit is over)
     * @param metrics    told the number of writes and the duration of every commit
     * @param housekeeping run by the writer between two commits, at most once per its interval
     */
    public GroupCommit(DataSource dataSource, Duration pace, Metrics metrics, Housekeeping housekeeping) {
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.metrics = metrics;
        if (pace.isNegative()) {
            throw new IllegalArgumentException("the commit pace cannot be negative: " + pace);
        }
        this.paceNanos = pace.toNanos();
        this.housekeeping = housekeeping;
        this.lastHousekeeping = System.nanoTime();
        this.writer = new Thread(this::commitUntilClosed, "relais-group-commit");
        writer.setDaemon(true);
        writer.start();
    }

    /** @param batchSizes told the number of writes of every commit */
    public GroupCommit(DataSource dataSource, Duration pace, IntConsumer batchSizes) {
        this(dataSource, pace, (writes, nanos) -> batchSizes.accept(writes), Housekeeping.NONE);
    }

    public GroupCommit(DataSource dataSource, IntConsumer batchSizes) {
        this(dataSource, Duration.ZERO, batchSizes);
    }

    public GroupCommit(DataSource dataSource) {
        this(dataSource, size -> { });
    }

    /**
     * Runs {@code work} in the next commit and returns its result once that commit is durable. Inside
     * {@link #together}, it depends on the writes this thread deferred before: if one of them failed,
     * {@code work} does not run and its caller gets that failure (a snapshot is never kept without
     * the files it names); when it returns, they are durable too. Either way they are then settled,
     * so that a turn tried again starts clean.
     */
    public <T> T write(Supplier<T> work) {
        if (Thread.currentThread() == writer) {
            return work.get();
        }
        List<Pending<?>> earlier = takeOwed();
        T result = enqueue(new Pending<>(earlier.isEmpty() ? work : afterAll(earlier, work), false)).await();
        earlier.forEach(Pending::await);
        return result;
    }

    /**
     * Like {@link #run}, but inside {@link #together} it returns as soon as {@code work} is queued:
     * the thread's next {@link #write}, or the end of {@code together}, waits for its commit and
     * reports its failure. Outside, it is {@link #run}. Only for writes whose failure may surface a
     * little later, on the same thread, and before anything is answered.
     */
    public void defer(Runnable work) {
        List<Pending<?>> turn = owed.get();
        if (turn == null || Thread.currentThread() == writer) {
            run(work);
            return;
        }
        turn.add(enqueue(new Pending<>(() -> {
            work.run();
            return null;
        }, true)));
    }

    /**
     * Runs {@code turn} with {@link #defer deferred} writes: it returns only once every write it
     * deferred is committed, and throws the first that failed. A nested call is part of the outer one.
     */
    public <T> T together(Supplier<T> turn) {
        if (owed.get() != null) {
            return turn.get();
        }
        owed.set(new ArrayList<>());
        try {
            T result = turn.get();
            takeOwed().forEach(Pending::await);
            return result;
        } finally {
            owed.remove();
        }
    }

    /**
     * Queues {@code work} for the next commit and returns at once; the future completes once it is
     * committed (or failed). For writes whose loss in a crash costs little and that nobody should
     * wait for on a turn (marking replies sent). Like a deferred write, it does not count for pacing.
     */
    public CompletableFuture<Void> submit(Runnable work) {
        if (Thread.currentThread() == writer) {
            work.run();
            return CompletableFuture.completedFuture(null);
        }
        Pending<Void> pending = enqueue(new Pending<>(() -> {
            work.run();
            return null;
        }, true));
        return pending.done.thenApply(result -> null);
    }

    /**
     * Runs {@code turn} so that {@code work} is committed in the same transaction as the conversation
     * snapshot the turn saves (a channel's inbox marking the update that caused the turn handled):
     * either both are durable or neither is. When the turn saves no snapshot (it failed), {@code
     * work} does not run.
     */
    public <T> T withTurn(Runnable work, Supplier<T> turn) {
        withSnapshot.set(work);
        try {
            return turn.get();
        } finally {
            withSnapshot.remove();
        }
    }

    /** For the conversation store: what to commit with the snapshot this thread saves now, or null. */
    Runnable takeWithSnapshot() {
        Runnable work = withSnapshot.get();
        withSnapshot.remove();
        return work;
    }

    /** For the conversation store: a save that failed (the turn may be tried again) gives its work back. */
    void giveBackWithSnapshot(Runnable work) {
        if (work != null) {
            withSnapshot.set(work);
        }
    }

    /**
     * From a write's work (on the writer thread): adds {@code row} to the rows of its kind that the
     * current transaction writes in one batched statement before it commits. The row is durable when
     * the work's write returns; if its transaction fails, the row goes with it (and is collected again
     * when the work is replayed alone).
     */
    public <T> void collect(Rows<T> kind, T row) {
        if (Thread.currentThread() != writer) {
            throw new IllegalStateException("rows are collected by a write's work, on the writer thread");
        }
        collected.computeIfAbsent(kind, k -> new ArrayList<>()).add(row);
    }

    /** Same as {@link #write(Supplier)} for work without a result. */
    public void run(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }

    /** Writes queued for the next commit (a gauge, and what tests wait on). */
    public int waiting() {
        return queue.size();
    }

    @Override
    public void close() {
        closed = true;
        queue.add(CLOSE);
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * {@code work}, run on the writer thread only if none of {@code earlier} failed. They were queued
     * before it, so each is settled by then or runs in the same transaction: if one fails there, the
     * batch is replayed one write at a time, in order, and this check sees the failure.
     */
    private static <T> Supplier<T> afterAll(List<Pending<?>> earlier, Supplier<T> work) {
        return () -> {
            for (Pending<?> pending : earlier) {
                if (pending.done.isCompletedExceptionally()) {
                    pending.await();
                }
            }
            return work.get();
        };
    }

    private <T> Pending<T> enqueue(Pending<T> pending) {
        queue.add(pending);
        if (closed && queue.remove(pending)) {
            throw new IllegalStateException("the database writer is closed");
        }
        return pending;
    }

    /** This thread's deferred writes that no later write settled yet, now forgotten by the turn. */
    private List<Pending<?>> takeOwed() {
        List<Pending<?>> turn = owed.get();
        if (turn == null || turn.isEmpty()) {
            return List.of();
        }
        List<Pending<?>> taken = List.copyOf(turn);
        turn.clear();
        return taken;
    }

    private void commitUntilClosed() {
        List<Pending<?>> batch = new ArrayList<>();
        boolean closing = false;
        while (!closing) {
            try {
                batch.add(queue.take());
                gather();
                queue.drainTo(batch, MAX_BATCH - 1);
                closing = batch.remove(CLOSE);
                if (!batch.isEmpty()) {
                    commit(batch);
                    keepHouse();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closing = true;
            } catch (RuntimeException | Error e) {
                batch.forEach(p -> p.fail(e));
            } finally {
                batch.clear();
            }
        }
        for (Pending<?> left; (left = queue.poll()) != null; ) {
            left.fail(new IllegalStateException("the database writer is closed"));
        }
    }

    /** Between two commits, so that it never runs inside one nor makes a caller wait longer than a commit would. */
    private void keepHouse() {
        long now = System.nanoTime();
        if (now - lastHousekeeping < housekeeping.interval().toNanos()) {
            return;
        }
        lastHousekeeping = now;
        housekeeping.run();
    }

    /** Lets more writes arrive while the last commit was shared and began less than the pace ago. */
    private void gather() throws InterruptedException {
        if (lastCallers < 2) {
            return;
        }
        long deadline = lastCommitStart + paceNanos;
        for (long wait; (wait = deadline - System.nanoTime()) > 0; ) {
            LockSupport.parkNanos(this, wait);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    private void commit(List<Pending<?>> batch) {
        lastCommitStart = System.nanoTime();
        lastCallers = (int) batch.stream().filter(pending -> !pending.deferred).count();
        transact(batch);
    }

    /** Told before any caller is released, so that whoever sees its write committed also sees it counted. */
    private void reportCommitted(int writes) {
        metrics.committed(writes, System.nanoTime() - lastCommitStart);
    }

    private void transact(List<Pending<?>> batch) {
        Object[] results = new Object[batch.size()];
        try {
            transactions.executeWithoutResult(status -> {
                for (int i = 0; i < results.length; i++) {
                    results[i] = batch.get(i).work.get();
                }
                flushCollected();
            });
        } catch (RuntimeException | Error e) {
            collected.clear();
            reportCommitted(batch.size());
            if (batch.size() == 1) {
                batch.get(0).fail(e);
            } else {
                batch.forEach(this::commitAlone);
            }
            return;
        }
        reportCommitted(batch.size());
        for (int i = 0; i < results.length; i++) {
            batch.get(i).succeed(results[i]);
        }
    }

    private void commitAlone(Pending<?> pending) {
        Object result;
        try {
            result = transactions.execute(status -> {
                Object value = pending.work.get();
                flushCollected();
                return value;
            });
        } catch (RuntimeException | Error e) {
            collected.clear();
            pending.fail(e);
            return;
        }
        pending.succeed(result);
    }

    /**
     * Writes what the transaction's works collected, one batched statement per kind: before the
     * commit, or earlier from a work that must see them (one that deletes what others may have added).
     */
    @SuppressWarnings("unchecked")
    void flushCollected() {
        while (!collected.isEmpty()) {
            Map.Entry<Rows<?>, List<Object>> next = collected.entrySet().iterator().next();
            collected.remove(next.getKey());
            ((Rows<Object>) next.getKey()).flush.accept(next.getValue());
        }
    }

    /** What the writer tells of each commit (a transaction, or its writes replayed one by one after a failure). */
    @FunctionalInterface
    public interface Metrics {
        void committed(int writes, long nanos);
    }

    /**
     * Database maintenance the writer runs between commits, when no transaction of its own is open:
     * the embedded database's compaction ({@link EmbeddedStoreCompaction}). It must not throw.
     */
    public interface Housekeeping extends Runnable {

        Housekeeping NONE = new Housekeeping() {
            @Override
            public Duration interval() {
                return Duration.ofDays(365);
            }

            @Override
            public void run() {
            }
        };

        /** The least time between two runs. */
        Duration interval();
    }

    /**
     * Rows of one kind that the works of a transaction collect ({@link #collect}) and that are written
     * with one batched statement just before the transaction commits: one round trip to PostgreSQL
     * per commit instead of one per conversation, whatever the number of conversations sharing it.
     */
    public static final class Rows<T> {
        private final Consumer<List<T>> flush;

        /** {@code flush} writes the rows (e.g. {@code JdbcTemplate.batchUpdate}); it runs on the writer thread. */
        public Rows(Consumer<List<T>> flush) {
            this.flush = flush;
        }
    }

    private static final class Pending<T> {
        final Supplier<T> work;
        /** Queued by {@link #defer}: nobody waits on it alone, so it does not count for the pace. */
        final boolean deferred;
        final CompletableFuture<Object> done = new CompletableFuture<>();

        Pending(Supplier<T> work, boolean deferred) {
            this.work = work;
            this.deferred = deferred;
        }

        void succeed(Object result) {
            done.complete(result);
        }

        void fail(Throwable failure) {
            done.completeExceptionally(failure);
        }

        @SuppressWarnings("unchecked")
        T await() {
            try {
                return (T) done.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw e;
            }
        }
    }
}
