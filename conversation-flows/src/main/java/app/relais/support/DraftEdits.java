package app.relais.support;

import app.relais.drafting.DraftSection;
import app.relais.i18n.Messages;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What people type at the review instead of tapping a button: "ajoute que j’ai porté plainte"
 * (a sentence added to the facts), "change l’impact : je perds 500 € par jour" (a part replaced),
 * "modifie l’objet" (that part opened for rewriting). The words for "add", "change" and each part
 * are in the bundles ({@code offscript.review.*}), French and English both, since people mix them.
 */
final class DraftEdits {

    /** What a typed sentence asks for; {@code text} is in the person's own words, spelling kept. */
    sealed interface Edit permits Add, Replace, Open {
    }

    record Add(String text) implements Edit {
    }

    record Replace(DraftSection section, String text) implements Edit {
    }

    record Open(DraftSection section) implements Edit {
    }

    private final Pattern add;
    private final Pattern change;
    private final Pattern labelled;
    private final Map<String, DraftSection> names = new java.util.HashMap<>();

    DraftEdits() {
        String addWords = words("offscript.review.add");
        String changeWords = words("offscript.review.change");
        for (DraftSection section : DraftSection.values()) {
            String key = "offscript.review.section." + section.id();
            if (Messages.of("fr").has(key)) {
                for (String language : List.of("fr", "en")) {
                    for (String name : Messages.of(language).get(key).split("\\|")) {
                        names.put(fold(name.strip()), section);
                    }
                }
            }
        }
        String sections = alternatives(names.keySet().stream());
        this.add = Pattern.compile("^(?:" + addWords + ")\\b\\s*(?::\\s*|que\\s+|qu'|that\\s+)?(.+)$");
        this.change = Pattern.compile("^(?:" + changeWords + ")\\s+(" + sections + ")\\b\\s*(?:[:,=-]|par\\b|en\\b|to\\b|with\\b|into\\b)?\\s*(.*)$");
        this.labelled = Pattern.compile("^(" + sections + ")\\s*:\\s*(.+)$");
    }

    /** The edit a typed sentence asks for, or null when it is none of them. */
    Edit read(String typed) {
        String text = typed.strip();
        String folded = fold(text);
        Matcher m = change.matcher(folded);
        if (m.matches()) {
            DraftSection section = names.get(m.group(1));
            String rest = text.substring(m.start(2)).strip();
            return rest.isEmpty() ? new Open(section) : new Replace(section, rest);
        }
        m = labelled.matcher(folded);
        if (m.matches()) {
            return new Replace(names.get(m.group(1)), text.substring(m.start(2)).strip());
        }
        m = add.matcher(folded);
        if (m.matches()) {
            return new Add(sentence(text.substring(m.start(1)).strip()));
        }
        return null;
    }

    /** "j’ai porté plainte" becomes "J’ai porté plainte." */
    static String sentence(String words) {
        String text = words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return text.matches(".*[.!?…]$") ? text : text + ".";
    }

    /** Both languages' words of a bundle key, folded, as one regex alternation. */
    private static String words(String key) {
        return alternatives(Stream.of("fr", "en").flatMap(l -> Stream.of(Messages.of(l).get(key).split("\\|"))));
    }

    private static String alternatives(Stream<String> words) {
        List<String> all = new ArrayList<>(words.map(w -> fold(w.strip())).filter(w -> !w.isEmpty()).distinct().toList());
        all.sort(Comparator.comparingInt(String::length).reversed());
        return all.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** Lower case without accents, one kind of apostrophe, the same length: positions stay valid in the original. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
            out.append(c == '’' ? '\'' : Character.toLowerCase(base));
        }
        return out.toString();
    }
}
