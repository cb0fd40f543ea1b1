package app.relais.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the catalog from YAML. The index {@code catalog/index.yml} lists the platform files and
 * names the appeal cues file ({@code appeals}, optional); each is mapped strictly (unknown keys,
 * missing keys, wrong types and broken rules all fail) and any failure names the file, the line
 * and what is wrong.
 */
public final class CatalogLoader {

    public static final String DEFAULT_ROOT = "catalog";

    private record Index(List<String> files, String appeals) {
    }

    private final ClassLoader classLoader;
    private final String root;

    public CatalogLoader() {
        this(CatalogLoader.class.getClassLoader(), DEFAULT_ROOT);
    }

    public CatalogLoader(ClassLoader classLoader, String root) {
        this.classLoader = classLoader;
        this.root = root;
    }

    public Catalog load() {
        Index index = read(root + "/index.yml", Index.class);
        if (index.files() == null || index.files().isEmpty()) {
            throw new CatalogException(root + "/index.yml: 'files' lists no platform file");
        }
        List<Platform> platforms = new ArrayList<>();
        for (String file : index.files()) {
            platforms.add(read(root + "/" + file, Platform.class));
        }
        AppealCues cues = index.appeals() == null ? null : read(root + "/" + index.appeals(), AppealCues.class);
        return new Catalog(platforms, cues);
    }

    private <T> T read(String resource, Class<T> type) {
        return StrictYaml.read(classLoader, resource, type);
    }
}
