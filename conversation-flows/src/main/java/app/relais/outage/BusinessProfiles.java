package app.relais.outage;

import app.relais.catalog.CatalogException;
import app.relais.catalog.LocalizedText;
import app.relais.catalog.StrictYaml;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The business profile in force. It starts from {@code outage/business.yml} (the channels, and the
 * profile of a first start) and lives in a {@link ProfileStore}: admins edit it, every instance
 * reads it, and texts, the FAQ, the status page and the crisis kit take the current one at each
 * use, so an edit shows at once.
 */
public final class BusinessProfiles {

    public static final String DEFAULT_RESOURCE = "outage/business.yml";

    /** The file's shape: every contact optional, the channels required. */
    private record File(String name, String email, String phone, String contactForm, String chatUrl,
                        LocalizedText hours, List<String> languages, LocalizedText statusNote, String zone,
                        List<BusinessChannel> channels) {
    }

    private final ProfileStore store;
    private final List<BusinessChannel> channels;
    private final List<Consumer<BusinessProfile>> listeners = new CopyOnWriteArrayList<>();
    private volatile BusinessProfile current;

    /** The stored profile, or {@code defaults} stored as the first one; channels always come from {@code defaults}. */
    public BusinessProfiles(ProfileStore store, BusinessProfile defaults) {
        this.store = store;
        this.channels = defaults.channels();
        Optional<BusinessProfile> stored = store.load(channels);
        if (stored.isEmpty()) {
            store.save(defaults);
        }
        this.current = stored.orElse(defaults);
    }

    /** A profile that is never saved anywhere (tests, tools). */
    public static BusinessProfiles of(BusinessProfile profile) {
        return new BusinessProfiles(new InMemoryProfileStore(), profile);
    }

    public BusinessProfile current() {
        return current;
    }

    /** Saves an admin's edit and puts it in force here; returns the saved profile. */
    public BusinessProfile update(BusinessProfile content, String by, Instant at) {
        BusinessProfile edited = current.edited(content, by, at);
        store.save(edited);
        current = edited;
        listeners.forEach(l -> l.accept(edited));
        return edited;
    }

    /** Reads the stored profile again (another instance saved an edit). */
    public void reload() {
        store.load(channels).ifPresent(p -> {
            current = p;
            listeners.forEach(l -> l.accept(p));
        });
    }

    /** Called with the new profile after each edit or reload. */
    public void onChange(Consumer<BusinessProfile> listener) {
        listeners.add(listener);
    }

    /** The profile of {@code outage/business.yml}. */
    public static BusinessProfile load() {
        return load(BusinessProfiles.class.getClassLoader(), DEFAULT_RESOURCE);
    }

    public static BusinessProfile load(ClassLoader loader, String resource) {
        File file = StrictYaml.read(loader, resource, File.class);
        try {
            ZoneId zone = file.zone() == null || file.zone().isBlank() ? null : ZoneId.of(file.zone().strip());
            return new BusinessProfile(file.name(), file.email(), file.phone(), file.contactForm(), file.chatUrl(),
                    file.hours(), file.languages(), file.statusNote(), zone, file.channels(), null, null);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new CatalogException(resource + ": " + e.getMessage(), e);
        }
    }
}
