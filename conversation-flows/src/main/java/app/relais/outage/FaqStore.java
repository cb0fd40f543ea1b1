package app.relais.outage;

import java.util.List;
import java.util.Optional;

/** Where the FAQ is kept (in memory for tests, a database in the app). */
public interface FaqStore {

    /** The saved entries in their order; empty before the first save (the seed file is then saved). */
    Optional<List<FaqEntry>> load();

    /** Replaces every saved entry with these, in this order, at once. */
    void saveAll(List<FaqEntry> entries);
}
