package app.relais.offscript;

import app.relais.catalog.CatalogException;
import app.relais.catalog.StrictYaml;
import app.relais.i18n.Messages;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The intents file ({@code offscript/intents.yml}), read strictly at start-up like the catalog:
 * unknown or missing keys, an id used twice, fewer than three examples per language, a reply that
 * no bundle says in both languages, and a missing {@code none} class all stop the start.
 */
public final class Intents {

    public static final String DEFAULT_RESOURCE = "offscript/intents.yml";
    /** The class of real answers that look like intents; the recognizer needs it to say "not an intent". */
    static final String NONE = "none";

    private record File(@JsonProperty(required = true) List<Intent> intents,
                        @JsonProperty(required = true) List<OfficialSenders> officialSenders,
                        @JsonProperty(required = true) List<String> fillers,
                        @JsonProperty(required = true) Map<String, String> spellings) {
    }

    private final List<Intent> intents;
    private final List<OfficialSenders> senders;
    private final List<String> fillers;
    private final Map<String, String> spellings;

    public Intents(List<Intent> intents, List<OfficialSenders> senders, List<String> fillers, Map<String, String> spellings) {
        this.intents = List.copyOf(intents);
        this.senders = List.copyOf(senders);
        this.fillers = List.copyOf(fillers);
        this.spellings = Map.copyOf(spellings);
        spellings.forEach((typed, meant) -> {
            if (typed.isBlank() || meant == null || meant.isBlank() || typed.strip().equalsIgnoreCase(meant.strip())) {
                throw new CatalogException("spelling '" + typed + "' must stand for other words");
            }
        });
        Set<String> ids = new HashSet<>();
        for (Intent intent : intents) {
            if (!ids.add(intent.id())) {
                throw new CatalogException("intent '" + intent.id() + "' is defined twice");
            }
            for (String key : intent.replies().values()) {
                if (!Messages.of("fr").has(key) || !Messages.of("en").has(key)) {
                    throw new CatalogException("intent '" + intent.id() + "': no message '" + key + "' in both languages");
                }
            }
        }
        if (intents.stream().noneMatch(i -> i.action() == IntentAction.NONE)) {
            throw new CatalogException("no intent with action 'none': the recognizer needs real answers to tell intents from them");
        }
    }

    public static Intents load() {
        return load(Intents.class.getClassLoader(), DEFAULT_RESOURCE);
    }

    public static Intents load(ClassLoader loader, String resource) {
        File file = StrictYaml.read(loader, resource, File.class);
        try {
            return new Intents(file.intents(), file.officialSenders(), file.fillers(), file.spellings());
        } catch (CatalogException e) {
            throw new CatalogException(resource + ": " + e.getMessage(), e);
        }
    }

    public List<Intent> all() {
        return intents;
    }

    public Optional<Intent> byId(String id) {
        return intents.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * Stops the start when an intent names a flow that does not exist ({@code only_in}, or a reply's
     * place): a misspelt id would silently make the intent unheard or its reply never said.
     */
    public void checkFlows(java.util.Collection<String> flowIds) {
        for (Intent intent : intents) {
            for (String flow : intent.flowsNamed()) {
                if (!flowIds.contains(flow)) {
                    throw new CatalogException("intent '" + intent.id() + "' names flow '" + flow
                            + "', which does not exist (flows: " + String.join(", ", flowIds) + ")");
                }
            }
        }
    }

    List<OfficialSenders> senders() {
        return senders;
    }

    /** How people type some words ("jsp", "je se", "qqn") and the words they mean; the recognizer reads them as meant. */
    Map<String, String> spellings() {
        return spellings;
    }

    /** Words that never make a short message an answer of its own ("euh", "bon", "then"). */
    List<String> fillers() {
        return fillers;
    }
}
