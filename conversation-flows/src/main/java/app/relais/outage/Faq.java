package app.relais.outage;

import app.relais.catalog.CatalogException;
import app.relais.catalog.LocalizedText;
import app.relais.catalog.StrictYaml;
import app.relais.i18n.Refusal;
import app.relais.triage.TextAnalysis;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The business's FAQ: the entries in force, matched from free text, their answers filled from the
 * business profile. Seeded from {@code faq/faq.yml} (checked at start-up like the catalog), then
 * edited by the admins ({@link FaqEditor}); an edit replaces the entries at once, for every
 * conversation.
 */
public final class Faq {

    public static final String DEFAULT_RESOURCE = "faq/faq.yml";
    private static final TextAnalysis ANALYSIS = new TextAnalysis();

    private record File(@JsonProperty(required = true) List<YamlEntry> entries) {
    }

    private record YamlEntry(@JsonProperty(required = true) String id,
                             @JsonProperty(required = true) String shortCode,
                             @JsonProperty(required = true) LocalizedText question,
                             @JsonProperty(required = true) YamlExamples examples,
                             @JsonProperty(required = true) LocalizedText answer,
                             String active) {
    }

    private record YamlExamples(@JsonProperty(required = true) List<String> fr, @JsonProperty(required = true) List<String> en) {
    }

    /** The entries in force and their matcher, swapped as one. */
    private record Book(List<FaqEntry> entries, FaqMatcher matcher) {
    }

    /** An entry that answers a sentence, and how close the sentence was (0 to 1). */
    public record Match(FaqEntry entry, double score) {
    }

    private final List<Consumer<Faq>> listeners = new CopyOnWriteArrayList<>();
    private volatile Book book;
    private volatile Supplier<BusinessProfile> profile = () -> null;

    public Faq(List<FaqEntry> entries) {
        this.book = book(entries);
    }

    public static Faq load() {
        return load(Faq.class.getClassLoader(), DEFAULT_RESOURCE);
    }

    public static Faq load(ClassLoader loader, String resource) {
        File file = StrictYaml.read(loader, resource, File.class);
        if (file.entries() == null || file.entries().isEmpty()) {
            throw new CatalogException(resource + ": 'entries' lists no question");
        }
        List<FaqEntry> entries = new java.util.ArrayList<>();
        for (var e : file.entries()) {
            try {
                entries.add(new FaqEntry(e.id(), e.shortCode(), e.question(),
                        new FaqEntry.Examples(e.examples().fr(), e.examples().en()), e.answer(),
                        FaqEntry.Active.parse(e.active()), null, null));
            } catch (IllegalArgumentException | NullPointerException ex) {
                throw new CatalogException(resource + ": entry '" + e.id() + "': " + ex.getMessage(), ex);
            }
        }
        try {
            return new Faq(entries);
        } catch (IllegalArgumentException | CatalogException ex) {
            throw new CatalogException(resource + ": " + ex.getMessage(), ex);
        }
    }

    /** Answers are filled from this profile (the one in force at each answer). */
    public void fillFrom(Supplier<BusinessProfile> current) {
        this.profile = current;
    }

    /** Replaces every entry, after checking them as a whole (ids and short codes unique). */
    public void replace(List<FaqEntry> entries) {
        this.book = book(entries);
        listeners.forEach(l -> l.accept(this));
    }

    /** Checks entries as {@link #replace} would, without putting them in force. */
    public static void check(List<FaqEntry> entries) {
        Set<String> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (FaqEntry entry : entries) {
            if (!ids.add(entry.id())) {
                throw new Refusal("faq.twice", entry.id());
            }
            if (!codes.add(entry.shortCode())) {
                throw new Refusal("faq.short-code-twice", entry.shortCode());
            }
        }
    }

    /** Called after each replacement (the visitor router learns the new questions). */
    public void onChange(Consumer<Faq> listener) {
        listeners.add(listener);
    }

    public List<FaqEntry> entries() {
        return book.entries();
    }

    /** The entries customers are offered now: all of them during an incident, else those for all times. */
    public List<FaqEntry> active(boolean incidentOpen) {
        return book.entries().stream().filter(e -> e.activeWhen(incidentOpen)).toList();
    }

    public Optional<FaqEntry> byId(String id) {
        return book.entries().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The canned response an agent sends by typing its short code. */
    public Optional<FaqEntry> byShortCode(String code) {
        String wanted = code.strip().replaceFirst("^[/#]", "").toLowerCase(Locale.ROOT);
        return book.entries().stream().filter(e -> e.shortCode().equals(wanted)).findFirst();
    }

    /** The entry that answers a typed question among those active now, or empty when none fits well enough. */
    public Optional<Match> match(String text, boolean incidentOpen) {
        return book.matcher().best(text, e -> e.activeWhen(incidentOpen)).map(s -> new Match(s.entry(), s.score()));
    }

    /** Every entry, closest first, with its score: for the evaluation report and the admins' test box. */
    public List<Match> rank(String text) {
        return book.matcher().rank(text, e -> true).stream().map(s -> new Match(s.entry(), s.score())).toList();
    }

    /** Whether a score is high enough to answer with the entry. */
    public static boolean answers(double score) {
        return score >= FaqMatcher.CONFIDENT;
    }

    /**
     * The entry's answer in a language, filled from the business profile; empty when every sentence
     * named a contact the profile leaves empty.
     */
    public Optional<String> answer(FaqEntry entry, Locale locale) {
        String language = locale != null && "en".equals(locale.getLanguage()) ? "en" : "fr";
        String filled = FaqAnswers.fill(entry.answer().in(locale), profile.get(), language);
        return filled.isBlank() ? Optional.empty() : Optional.of(filled);
    }

    private static Book book(List<FaqEntry> entries) {
        List<FaqEntry> copy = List.copyOf(entries);
        check(copy);
        return new Book(copy, new FaqMatcher(copy, ANALYSIS));
    }
}
