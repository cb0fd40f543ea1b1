package app.relais.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every platform and problem Relais knows, looked up by id. */
public final class Catalog {

    private final Map<String, Platform> platforms = new LinkedHashMap<>();
    private final Map<String, Problem> problems = new LinkedHashMap<>();

    public Catalog(List<Platform> platforms) {
        for (Platform platform : platforms) {
            if (this.platforms.put(platform.id(), platform) != null) {
                throw new CatalogException("platform '" + platform.id() + "' is described twice");
            }
            platform.problems().forEach(p -> problems.put(p.fullId(), p));
        }
    }

    public List<Platform> platforms() {
        return List.copyOf(platforms.values());
    }

    public Optional<Platform> platform(String id) {
        return Optional.ofNullable(platforms.get(id));
    }

    public List<Problem> problems() {
        return List.copyOf(problems.values());
    }

    /** A problem by its full id, {@code platform/problem}. */
    public Optional<Problem> problem(String fullId) {
        return Optional.ofNullable(problems.get(fullId));
    }

    public Problem require(String fullId) {
        return problem(fullId).orElseThrow(() -> new CatalogException("no problem '" + fullId + "' in the catalog"));
    }
}
