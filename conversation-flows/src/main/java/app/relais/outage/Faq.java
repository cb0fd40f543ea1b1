package app.relais.outage;

import app.relais.catalog.CatalogException;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The business's FAQ ({@code faq/faq.yml}), checked at start-up like the catalog, and matched
 * from free text.
 */
public final class Faq {

    public static final String DEFAULT_RESOURCE = "faq/faq.yml";

    private record File(@JsonProperty(required = true) List<FaqEntry> entries) {
    }

    private final List<FaqEntry> entries;
    private final FaqMatcher matcher;

    public Faq(List<FaqEntry> entries) {
        this.entries = List.copyOf(entries);
        Set<String> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (FaqEntry entry : entries) {
            if (!ids.add(entry.id())) {
                throw new CatalogException("FAQ entry '" + entry.id() + "' is defined twice");
            }
            if (!codes.add(entry.shortCode())) {
                throw new CatalogException("FAQ short code '" + entry.shortCode() + "' is used twice");
            }
        }
        this.matcher = new FaqMatcher(this.entries);
    }

    public static Faq load() {
        return load(Faq.class.getClassLoader(), DEFAULT_RESOURCE);
    }

    public static Faq load(ClassLoader loader, String resource) {
        File file = OutageYaml.read(loader, resource, File.class);
        if (file.entries() == null || file.entries().isEmpty()) {
            throw new CatalogException(resource + ": 'entries' lists no question");
        }
        try {
            return new Faq(file.entries());
        } catch (CatalogException e) {
            throw new CatalogException(resource + ": " + e.getMessage(), e);
        }
    }

    public List<FaqEntry> entries() {
        return entries;
    }

    public Optional<FaqEntry> byId(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The canned response an agent sends by typing its short code. */
    public Optional<FaqEntry> byShortCode(String code) {
        String wanted = code.strip().replaceFirst("^[/#]", "").toLowerCase(Locale.ROOT);
        return entries.stream().filter(e -> e.shortCode().equals(wanted)).findFirst();
    }

    /** The entry that answers a typed question, or empty when none fits well enough. */
    public Optional<FaqEntry> match(String text, Locale locale) {
        return matcher.match(text, locale);
    }
}
