package app.relais.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

/**
 * The one thread ("load-io") that reads every {@link LeanWebSocket} of the harness: a selector,
 * and a queue of tasks for what other threads ask of it (open a connection, give up on one). A
 * single thread rather than a pool because the work per frame is small and the harness shares its
 * 2 cores with the application it measures: each hand-off between threads would cost CPU and add
 * to the latency measured. Daemon, so that the harness's JVM exits when its report is written.
 */
final class IoLoop implements Executor {

    /** Started on first use. */
    private static final class Shared {
        static final IoLoop LOOP = new IoLoop();
    }

    private final Selector selector;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Thread thread;

    private IoLoop() {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(this::run, "load-io");
        thread.setDaemon(true);
        thread.start();
    }

    static IoLoop shared() {
        return Shared.LOOP;
    }

    Selector selector() {
        return selector;
    }

    boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Runs {@code task} on the loop's thread, soon. */
    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        wakeup();
    }

    /**
     * Makes a blocked select return, so that a new task or interest (OP_WRITE) is taken into
     * account; a system call, so skipped on the loop's own thread, which selects again anyway.
     */
    void wakeup() {
        if (!inLoop()) {
            selector.wakeup();
        }
    }

    private void run() {
        while (true) {
            for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    e.printStackTrace();
                }
            }
            try {
                // The consumer form walks the ready keys without building a selected-key set.
                selector.select(key -> ((LeanWebSocket) key.attachment()).ready(key));
            } catch (IOException | RuntimeException e) {
                e.printStackTrace();
            }
        }
    }
}
