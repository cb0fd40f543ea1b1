package app.relais.triage;

import app.relais.catalog.Catalog;
import app.relais.catalog.Platform;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Which platforms a text names: the catalog's {@code keywords} and {@code domains}, matched on
 * folded words, two words glued ("tik tok"), parts of a web address ("www.facebook.com/..."), and
 * with one typo for long names ("whatsap", "instagrm") through Lucene's Levenshtein automata.
 * Short names ("fb", "wa", "ig") only match exactly.
 */
final class PlatformNames {

    /** Compiled once: every word a user types is looked up. */
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");

    private static final int FUZZY_MIN = 6;
    private static final int DOMAIN_MIN = 5;

    private record Fuzzy(String platform, int length, CharacterRunAutomaton automaton) {
    }

    private final Map<String, String> exact;
    private final List<Fuzzy> fuzzy;
    private final Set<String> knownWords;

    PlatformNames(Catalog catalog) {
        this.exact = new HashMap<>();
        this.fuzzy = new ArrayList<>();
        this.knownWords = Set.of();
        for (Platform platform : catalog.platforms()) {
            List<String> names = new ArrayList<>(platform.keywords());
            for (String domain : platform.domains()) {
                // "youtu.be" -> "youtu"; too-short hosts ("m.me") would read common words ("Mme") as a platform.
                String host = domain.replaceFirst("^www\\.", "").replaceFirst("\\.[a-z]+$", "");
                if (host.replaceAll("[^a-z0-9]", "").length() >= DOMAIN_MIN) {
                    names.add(host);
                }
            }
            for (String name : names) {
                String glued = TextAnalysis.fold(name).replaceAll("[^a-z0-9]", "");
                if (glued.isEmpty()) {
                    continue;
                }
                exact.putIfAbsent(glued, platform.id());
                if (glued.length() >= FUZZY_MIN) {
                    fuzzy.add(new Fuzzy(platform.id(), glued.length(), new CharacterRunAutomaton(
                            new LevenshteinAutomata(glued, true).toAutomaton(1))));
                }
            }
        }
    }

    private PlatformNames(PlatformNames names, Set<String> knownWords) {
        this.exact = names.exact;
        this.fuzzy = names.fuzzy;
        this.knownWords = Set.copyOf(knownWords);
    }

    /**
     * The same names, where {@code words} (real words met in the examples, e.g. "messages") are
     * never read as a misspelt name, however close they are to one ("messanger").
     */
    PlatformNames knowing(Set<String> words) {
        return new PlatformNames(this, words);
    }

    /** The platform a single folded word names exactly, or null. */
    String exactly(String word) {
        return exact.get(NOT_ALNUM.matcher(word).replaceAll(""));
    }

    /** The platform a single folded word names, or null. */
    String platformOf(String word) {
        String glued = NOT_ALNUM.matcher(word).replaceAll("");
        String found = exact.get(glued);
        if (found != null || glued.length() < FUZZY_MIN - 1 || knownWords.contains(word)) {
            return found;
        }
        for (Fuzzy f : fuzzy) {
            if (glued.length() >= f.length() - 1 && f.automaton().run(glued)) {
                return f.platform();
            }
        }
        return null;
    }

    /**
     * Finds the platforms named in {@code words} and returns the words that are not names, so the
     * classifier learns and reads what the problem is rather than where it happens.
     */
    Named find(List<String> words) {
        Set<String> platforms = new LinkedHashSet<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String platform = platformOf(word);
            if (platform == null && word.contains(".")) {
                for (String part : word.split("[./]")) {
                    if (platform == null && !part.isEmpty()) {
                        platform = exact.get(part);
                    }
                }
            }
            if (platform == null && i + 1 < words.size()) {
                String pair = exact.get(word + words.get(i + 1));
                if (pair != null) {
                    platforms.add(pair);
                    i++;
                    continue;
                }
            }
            if (platform != null) {
                platforms.add(platform);
            } else {
                rest.add(word);
            }
        }
        return new Named(platforms, rest);
    }

    record Named(Set<String> platforms, List<String> otherWords) {
    }
}
