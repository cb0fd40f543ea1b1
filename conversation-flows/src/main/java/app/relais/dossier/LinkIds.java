package app.relais.dossier;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a platform link points at: an event, a group, a page, a profile, a post, a video, a phone
 * number ({@code wa.me/33612345678}). The patterns follow the public URL shapes of the platforms;
 * the first that matches wins, so the specific ones come first.
 */
final class LinkIds {

    /** A kind ({@code event}, {@code profile}...) and the id or name the link holds. */
    record Ref(String kind, String id) {
        String encoded() {
            return kind + ":" + id;
        }

        static Optional<Ref> decode(String encoded) {
            if (encoded == null || !encoded.contains(":")) {
                return Optional.empty();
            }
            int colon = encoded.indexOf(':');
            return Optional.of(new Ref(encoded.substring(0, colon), encoded.substring(colon + 1)));
        }
    }

    private record Rule(String kind, Pattern pattern) {
    }

    /** Rules read "path?query" in lower case for the shape, the id keeps its case (Instagram's codes). */
    private static final List<Rule> RULES = List.of(
            new Rule("event", Pattern.compile("^/events/(\\d{5,25})")),
            new Rule("post", Pattern.compile("[?&]story_fbid=(\\w{5,80})")),
            new Rule("post", Pattern.compile("^/[^/]+/posts/(\\w{5,80})")),
            new Rule("post", Pattern.compile("^/groups/[^/]+/(?:permalink|posts)/(\\d{5,25})")),
            new Rule("post", Pattern.compile("^/permalink\\.php.*[?&]story_fbid=(\\d{5,25})")),
            new Rule("group", Pattern.compile("^/groups/([\\w.]{3,80})")),
            new Rule("photo", Pattern.compile("[?&]fbid=(\\d{5,25})")),
            new Rule("video", Pattern.compile("^/(?:[^/]+/)?videos/(?:[^/]+/)?(\\d{5,25})")),
            new Rule("video", Pattern.compile("^/watch/?\\?(?:.*&)?v=(\\w{5,25})")),
            new Rule("video", Pattern.compile("^/@[\\w.]+/video/(\\d{5,25})")),
            new Rule("reel", Pattern.compile("^/reels?/(\\w{5,40})")),
            new Rule("post", Pattern.compile("^/p/([\\w-]{5,40})")),
            new Rule("profile", Pattern.compile("^/profile\\.php\\?(?:.*&)?id=(\\d{5,25})")),
            new Rule("page", Pattern.compile("^/pages/[^/]+/(\\d{5,25})")),
            new Rule("profile", Pattern.compile("^/people/[^/]+/(\\d{5,25})")),
            new Rule("profile", Pattern.compile("^/@([\\w.]{2,40})$")),
            new Rule("profile", Pattern.compile("^/in/([\\w-]{2,100})$")));
    private static final Pattern WA_ME = Pattern.compile("^/(\\d{6,15})$");
    private static final Pattern VANITY = Pattern.compile("^/([A-Za-z0-9.]{3,80})$");
    /** First path segments that are the platform's own pages, not somebody's name. */
    static final Set<String> NOT_A_NAME = Set.of("help", "hacked", "login", "login.php", "share", "watch",
            "marketplace", "gaming", "settings", "notifications", "messages", "home.php", "photo.php",
            "story.php", "permalink.php", "profile.php", "l.php", "events", "groups", "pages", "people", "reel",
            "reels", "stories", "explore", "accounts", "about", "privacy", "policies", "legal", "business");

    private LinkIds() {
    }

    static Optional<Ref> of(String host, String rawPath, String rawQuery) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String target = path + (rawQuery == null ? "" : "?" + rawQuery);
        if (host.equals("wa.me")) {
            Matcher phone = WA_ME.matcher(path);
            return phone.find() ? Optional.of(new Ref("phone", "+" + phone.group(1))) : Optional.empty();
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(target);
            if (m.find()) {
                return Optional.of(new Ref(rule.kind(), m.group(1)));
            }
        }
        Matcher vanity = VANITY.matcher(path);
        if (vanity.find() && !NOT_A_NAME.contains(vanity.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.of(new Ref("profile", vanity.group(1)));
        }
        return Optional.empty();
    }
}
