package app.relais.outage;

/** Loads the business profile ({@code outage/business.yml} unless told otherwise). */
public final class BusinessProfiles {

    public static final String DEFAULT_RESOURCE = "outage/business.yml";

    private BusinessProfiles() {
    }

    public static BusinessProfile load() {
        return load(BusinessProfiles.class.getClassLoader(), DEFAULT_RESOURCE);
    }

    public static BusinessProfile load(ClassLoader loader, String resource) {
        return OutageYaml.business(loader, resource);
    }
}
