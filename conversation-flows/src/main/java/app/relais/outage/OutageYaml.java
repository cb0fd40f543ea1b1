package app.relais.outage;

import app.relais.catalog.StrictYaml;

/**
 * Reads the outage data files (business profile, FAQ) strictly, as the catalog is read: unknown
 * or missing keys and broken rules stop the start with the file, the line and what is wrong.
 */
final class OutageYaml {

    private OutageYaml() {
    }

    static <T> T read(ClassLoader loader, String resource, Class<T> type) {
        return StrictYaml.read(loader, resource, type);
    }

    /** The business profile, {@code outage/business.yml}. */
    static BusinessProfile business(ClassLoader loader, String resource) {
        return read(loader, resource, BusinessProfile.class);
    }
}
