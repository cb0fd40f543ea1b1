package app.relais.bot.channel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The adapter's threads: named, daemon (a forgotten one never holds the JVM), owned and shut down by us. */
public final class Threads {

    private Threads() {
    }

    public static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    public static ScheduledExecutorService scheduled(String name) {
        return Executors.newSingleThreadScheduledExecutor(daemon(name));
    }

    public static ExecutorService fixed(String name, int threads) {
        return Executors.newFixedThreadPool(threads, daemon(name));
    }

    /** Like OkHttp's own dispatcher pool (grows on demand, idle threads leave after a minute), but daemon. */
    public static ExecutorService elastic(String name) {
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemon(name));
    }
}
