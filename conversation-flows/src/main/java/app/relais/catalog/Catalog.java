package app.relais.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every platform and problem Relais knows, looked up by id. */
public final class Catalog {

    private final Map<String, Platform> platforms = new LinkedHashMap<>();
    private final Map<String, Problem> problems = new LinkedHashMap<>();
    private final AppealCues appealCues;

    public Catalog(List<Platform> platforms) {
        this(platforms, null);
    }

    /** {@code appealCues} may be null: then no appeal status is ever read from what people type. */
    public Catalog(List<Platform> platforms, AppealCues appealCues) {
        this.appealCues = appealCues;
        Map<String, String> names = new LinkedHashMap<>();
        for (Platform platform : platforms) {
            if (this.platforms.put(platform.id(), platform) != null) {
                throw new CatalogException("platform '" + platform.id() + "' is described twice");
            }
            platform.problems().forEach(p -> problems.put(p.fullId(), p));
            for (String keyword : platform.keywords()) {
                // The triage reads a named platform from these words: one word must mean one platform.
                String folded = fold(keyword);
                String other = names.putIfAbsent(folded, platform.id());
                if (other != null && !other.equals(platform.id())) {
                    throw new CatalogException("keyword '" + keyword + "' names two platforms: " + other + " and " + platform.id());
                }
            }
        }
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).strip();
    }

    /** The words that tell where a person stands with an appeal, when the catalog names them. */
    public Optional<AppealCues> appealCues() {
        return Optional.ofNullable(appealCues);
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
