package app.relais.outage;

import java.util.List;
import java.util.Optional;

/** Where the business profile is kept (in memory for tests, a database in the app). */
public interface ProfileStore {

    /** The saved profile with these channels (they come from the configuration), or empty before the first save. */
    Optional<BusinessProfile> load(List<BusinessChannel> channels);

    void save(BusinessProfile profile);
}
