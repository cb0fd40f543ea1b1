package app.relais.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Several instances claiming from one store at once, as they do when Relais is scaled out: the
 * store contracts use it to show that no two claimants ever get the same item.
 */
public final class ConcurrentClaimants {

    private ConcurrentClaimants() {
    }

    /**
     * Starts {@code claimants} threads together, named {@code instance-0}, {@code instance-1}…,
     * each claiming batches with {@code claimBatch} (given its name, returns the ids it claimed)
     * until a batch comes back empty; returns every id claimed, by all of them.
     */
    public static List<String> claimAll(int claimants, Function<String, List<String>> claimBatch, Duration timeout)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(claimants);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> running = new ArrayList<>();
            for (int t = 0; t < claimants; t++) {
                running.add(pool.submit(claimant("instance-" + t, claimBatch, start)));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> claimant : running) {
                all.addAll(claimant.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<List<String>> claimant(String name, Function<String, List<String>> claimBatch,
                                                   CountDownLatch start) {
        return () -> {
            start.await();
            List<String> mine = new ArrayList<>();
            List<String> batch;
            while (!(batch = claimBatch.apply(name)).isEmpty()) {
                mine.addAll(batch);
            }
            return mine;
        };
    }
}
