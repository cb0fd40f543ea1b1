package app.relais.dossier;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An account's username, taken out of the sentence it was typed in. People answer "c’est
 * @jeanne.m75 je crois" or paste their profile's link; the letter must say "@jeanne.m75" alone.
 * What is read, in order:
 * <ol>
 * <li>a word that starts with {@code @} (an address such as {@code jeanne@gmail.com} does not): that
 * handle, without the punctuation that follows it; several different ones are refused, naming them;</li>
 * <li>a link to a profile of the platform: the name in its path ({@code tiktok.com/@jeanne.m75},
 * {@code instagram.com/jeanne.m75}, {@code linkedin.com/in/jeanne-martin},
 * {@code snapchat.com/add/jeanne.m75});</li>
 * <li>a single word: that word;</li>
 * <li>in a sentence, the one word shaped like a username, a dot or an underscore inside ("c’est
 * jeanne.m75 je crois"): ordinary words and display names have none;</li>
 * <li>anything else (a display name, a channel's name, a link without a name in it) is kept as
 * typed: we cannot tell which part is the name, and must not cut it.</li>
 * </ol>
 */
final class UsernameEvidence {

    /** A handle as the platforms write them: letters, digits, dots, underscores and dashes after the {@code @}. */
    private static final Pattern HANDLE = Pattern.compile("^@[\\p{L}\\p{N}_][\\p{L}\\p{N}._-]*");
    /** A name read from a link's path; it needs a letter, so that a video's or a page's number is not taken for one. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{2,100}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern OPENING = Pattern.compile("^[(\\[«“\"'‘]+");
    private static final Pattern TRAILING = Pattern.compile("[.\\-]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    private static final Pattern BARE_HANDLE_LINK = Pattern.compile("(?i)^[a-z0-9.-]+\\.[a-z]{2,}/@");
    /** A word only a username looks like: a dot or an underscore between letters or digits ("jeanne.m75", "jeanne_m"). */
    private static final Pattern USERNAME_SHAPED = Pattern.compile("[\\p{L}\\p{N}]+(?:[._][\\p{L}\\p{N}]+)+");
    private static final Pattern STRAY_TRAILER = Pattern.compile("[).,;:!?»”\"'’]+$");
    /** The path segment before the name: LinkedIn's {@code /in/jeanne-martin}, Snapchat's {@code /add/jeanne.m75}. */
    private static final Set<String> NAME_FOLLOWS = Set.of("in", "add");
    /** First path segments of the platforms' own pages, beyond those that {@link LinkIds} knows. */
    private static final Set<String> NOT_A_NAME = Set.of("p", "tv", "feed", "results", "shorts", "channel", "c",
            "user", "foryou", "following", "discover", "search", "direct", "inbox", "spotlight", "company", "jobs",
            "mynetwork", "signup", "recover", "hashtag", "tag", "music", "live", "embed", "playlist");
    /** Hosts whose short links hold a video's or a redirect's code, never a name. */
    private static final Set<String> SHORT_LINKS = Set.of("youtu.be", "lnkd.in", "fb.watch");
    /** Subdomains that are the platform's main site; others (help., vm., studio.) are not profiles. */
    private static final Set<String> MAIN_SITE = Set.of("www", "m", "web", "mobile");

    /** The username read in {@code text}, the text as typed when none can be told apart, or why it is refused. */
    Read read(String text, List<String> platformDomains) {
        List<String> words = words(text);
        List<String> handles = handles(words);
        if (handles.size() > 1) {
            return new Read(null, handles);
        }
        if (handles.size() == 1) {
            return new Read(handles.get(0), List.of());
        }
        Optional<URI> link = LinkEvidence.parse(text).or(() -> handleLink(words));
        if (link.isPresent()) {
            return new Read(fromLink(link.get(), platformDomains).orElse(text), List.of());
        }
        if (!WHITESPACE.matcher(text).find() && !text.contains("@")) {
            String word = STRAY_TRAILER.matcher(OPENING.matcher(text).replaceFirst("")).replaceFirst("");
            return new Read(word.isEmpty() ? text : word, List.of());
        }
        List<String> shaped = shaped(words);
        return new Read(shaped.size() == 1 ? shaped.get(0) : text, List.of());
    }

    /**
     * The names written in {@code text} that can only be usernames, in order: its {@code @handles}
     * ("c’est @jeanne.m75 je crois" → @jeanne.m75), else its words shaped like one ("c’est
     * jeanne.m75" → jeanne.m75). For building a profile's link from them; a name alone is not enough.
     */
    static List<String> names(String text) {
        List<String> words = words(text);
        List<String> handles = handles(words);
        return handles.isEmpty() ? shaped(words) : handles;
    }

    private static List<String> shaped(List<String> words) {
        return words.stream().map(w -> STRAY_TRAILER.matcher(w).replaceFirst(""))
                .filter(w -> USERNAME_SHAPED.matcher(w).matches()).distinct().toList();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).map(w -> OPENING.matcher(w).replaceFirst("")).toList();
    }

    private static List<String> handles(List<String> words) {
        Map<String, String> handles = new LinkedHashMap<>();
        for (String word : words) {
            // Platforms do not tell "@Jeanne" from "@jeanne": the same handle written twice is one.
            handle(word).ifPresent(found -> handles.putIfAbsent(found.toLowerCase(Locale.ROOT), found));
        }
        return List.copyOf(handles.values());
    }

    /** The handle a word starts with, without what follows it ("@jeanne.m75," → "@jeanne.m75"). */
    private static Optional<String> handle(String word) {
        Matcher handle = HANDLE.matcher(word);
        return handle.find() ? Optional.of(TRAILING.matcher(handle.group()).replaceFirst("")) : Optional.empty();
    }

    /**
     * A link written without its scheme whose path holds a handle ("tiktok.com/@jeanne.m75"), which
     * {@link LinkEvidence#parse} leaves alone: an {@code @} there could be an address's.
     */
    private static Optional<URI> handleLink(List<String> words) {
        return words.stream().filter(word -> BARE_HANDLE_LINK.matcher(word).find()).findFirst()
                .flatMap(word -> LinkEvidence.parse("https://" + word));
    }

    /** What was read: the value, or the several handles to choose among. */
    record Read(String value, List<String> several) {
    }

    /** The name in a profile link's path, when the link is the platform's and holds one. */
    private static Optional<String> fromLink(URI uri, List<String> platformDomains) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!platformDomains.isEmpty() && !LinkEvidence.belongs(host, platformDomains) || !profileHost(host)) {
            return Optional.empty();
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        String first = segments.get(0);
        if (first.startsWith("@")) {
            return handle(first).filter(h -> LETTER.matcher(h).find());
        }
        if (NAME_FOLLOWS.contains(first.toLowerCase(Locale.ROOT))) {
            return segments.size() >= 2 ? name(segments.get(1)) : Optional.empty();
        }
        String lower = first.toLowerCase(Locale.ROOT);
        if (segments.size() != 1 || LinkIds.NOT_A_NAME.contains(lower) || NOT_A_NAME.contains(lower)) {
            return Optional.empty();
        }
        return name(first);
    }

    private static Optional<String> name(String segment) {
        if (!NAME.matcher(segment).matches()) {
            return Optional.empty();
        }
        String name = TRAILING.matcher(segment).replaceFirst("");
        return name.length() >= 2 && LETTER.matcher(name).find() ? Optional.of(name) : Optional.empty();
    }

    /** {@code tiktok.com}, {@code www.instagram.com}, {@code m.facebook.com}; not {@code vm.tiktok.com} nor {@code youtu.be}. */
    private static boolean profileHost(String host) {
        if (SHORT_LINKS.contains(host)) {
            return false;
        }
        String[] labels = host.split("\\.");
        return labels.length == 2 || labels.length == 3 && MAIN_SITE.contains(labels[0]);
    }
}
