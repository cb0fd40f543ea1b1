package app.relais.bot;

import app.relais.catalog.Catalog;
import app.relais.catalog.CatalogLoader;
import app.relais.outage.Faq;
import app.relais.triage.NaiveBayesTriage;
import app.relais.triage.Triage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.tika.Tika;

/**
 * The start-up work that needs nothing from Spring: the catalog and FAQ read from YAML, the triage
 * trained on the catalog's examples, and Tika's MIME table (read the first
 * time a {@code Tika} is made). {@link RelaisApplication#main} begins it on its own thread before
 * Spring reads its configuration, so that on two cores it overlaps the context's set-up instead of
 * adding to it (docs/performance.md, "Start-up"). The engine's bean waits for it: the application
 * is not ready, and answers nobody, before the triage is trained.
 */
final class Groundwork {

    record Parts(Catalog catalog, Triage triage, Faq faq) {
    }

    private final CompletableFuture<Parts> parts;

    private Groundwork(CompletableFuture<Parts> parts) {
        this.parts = parts;
    }

    /** Starts the work on a daemon thread: a context that fails to start must not be kept alive by it. */
    static Groundwork begin() {
        CompletableFuture<Parts> parts = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                parts.complete(build());
            } catch (RuntimeException | Error e) {
                parts.completeExceptionally(e);
            }
        }, "relais-groundwork");
        worker.setDaemon(true);
        worker.start();
        return new Groundwork(parts);
    }

    /** The same work on the calling thread (contexts not started by {@code main}, such as tests). */
    static Groundwork inline() {
        return new Groundwork(CompletableFuture.completedFuture(build()));
    }

    /** Waits for the work; a failure surfaces as it would have on the calling thread. */
    Parts parts() {
        try {
            return parts.join();
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
        // Loads Tika's detectors and MIME table once per class loader; FileIntake's own Tika then finds them ready.
        new Tika().detect(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Catalog catalog = new CatalogLoader().load();
        return new Parts(catalog, new NaiveBayesTriage(catalog), Faq.load());
    }
}
