package app.relais.outage;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The business profile in a field: tests and single-process trials. */
public final class InMemoryProfileStore implements ProfileStore {

    private final AtomicReference<BusinessProfile> saved = new AtomicReference<>();

    @Override
    public Optional<BusinessProfile> load(List<BusinessChannel> channels) {
        return Optional.ofNullable(saved.get());
    }

    @Override
    public void save(BusinessProfile profile) {
        saved.set(profile);
    }
}
