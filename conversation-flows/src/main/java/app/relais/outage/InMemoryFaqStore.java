package app.relais.outage;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The FAQ in a field: tests and single-process trials. */
public final class InMemoryFaqStore implements FaqStore {

    private final AtomicReference<List<FaqEntry>> saved = new AtomicReference<>();

    @Override
    public Optional<List<FaqEntry>> load() {
        return Optional.ofNullable(saved.get());
    }

    @Override
    public void saveAll(List<FaqEntry> entries) {
        saved.set(List.copyOf(entries));
    }
}
