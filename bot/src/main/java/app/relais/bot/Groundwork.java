package app.relais.bot;

import app.relais.catalog.Catalog;
import app.relais.catalog.CatalogLoader;
import app.relais.outage.Faq;
import app.relais.outage.VisitorRouter;
import app.relais.triage.NaiveBayesTriage;
import app.relais.triage.Triage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The start-up work that needs nothing from Spring: the catalog and FAQ read from YAML, the
 * triage trained on the catalog's examples and the visitor router on both. {@link RelaisApplication#main} begins it on its own
 * thread before Spring reads its configuration, so that it overlaps the context's set-up on the
 * other core instead of adding to it (docs/performance.md, "Start-up"). The engine's bean takes it, waiting if need be: the
 * application is not ready, and answers nobody, before the triage is trained.
 *
 * <p>Held statically rather than as a bean, because the application's context is processed ahead
 * of time at build time, where {@code main} and its threads do not run.
 */
final class Groundwork {

    record Parts(Catalog catalog, Triage triage, Faq faq, VisitorRouter router) {
    }

    private static final AtomicReference<CompletableFuture<Parts>> BEGUN = new AtomicReference<>();

    private Groundwork() {
    }

    /** Starts the work on a daemon thread: a context that fails to start must not be kept alive by it. */
    static void begin() {
        CompletableFuture<Parts> parts = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                parts.complete(build());
            } catch (RuntimeException | Error e) {
                parts.completeExceptionally(e);
            }
        }, "relais-groundwork");
        worker.setDaemon(true);
        BEGUN.set(parts);
        worker.start();
    }

    /**
     * What {@link #begin} started, once; otherwise (a context not started by {@code main}, such as
     * a test's, or a second context) the same work on the calling thread. A failure surfaces as it
     * would have on the calling thread.
     */
    static Parts take() {
        CompletableFuture<Parts> begun = BEGUN.getAndSet(null);
        if (begun == null) {
            return build();
        }
        try {
            return begun.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static Parts build() {
        Catalog catalog = new CatalogLoader().load();
        Faq faq = Faq.load();
        return new Parts(catalog, new NaiveBayesTriage(catalog), faq, new VisitorRouter(catalog, faq));
    }
}
