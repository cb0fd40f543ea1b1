package app.relais.dossier;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links as evidence: the host must be one of the platform's (or a subdomain of one: a look-alike
 * such as {@code facebook.com.example.net} or {@code evilfacebook.com} is refused), the link is
 * normalised (https, lower-case host, no fragment, no tracking parameters) so that the support
 * team gets a clean link, and the event, page, profile or post it points at is read when the link
 * holds it ({@link LinkIds}).
 */
final class LinkEvidence {

    private static final Pattern URL_IN_TEXT = Pattern.compile("(?i)\\bhttps?://\\S+");
    private static final Pattern BARE_LINK = Pattern.compile("(?i)[a-z0-9.-]+\\.[a-z]{2,}(?:[/?#]\\S*)?");
    /** Parameters that only tell the platform who shared the link and from where. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "igshid", "igsh", "mibextid", "rdid",
            "share_url", "sfnsn", "ref", "refsrc", "__cft__[0]", "__tn__", "__xts__[0]", "notif_id", "notif_t",
            "acontext", "hc_ref", "paipv", "eav", "_rdr", "si", "feature", "sk");
    /** A bare word with a dot is a host only with a known kind of ending ("jeanne.martin" alone is a name). */
    private static final Pattern HOSTLIKE = Pattern.compile("(?i)(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|me|net|org|fr|be|ch|ca|co|uk|io|app|tv|gg|ly)");
    private static final Pattern STRAY_TRAILER = Pattern.compile("[).,;:!?»”\"']+$");

    /** The normalised link and what it points at, or why it cannot be used. */
    Validation check(String text, ValidationContext context) {
        Optional<URI> parsed = parse(text);
        if (parsed.isEmpty()) {
            return new Validation.Invalid("evidence.invalid.url");
        }
        URI uri = parsed.get();
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        List<String> domains = context.platformDomains();
        if (!domains.isEmpty() && !belongs(host, domains)) {
            return new Validation.Invalid("evidence.invalid.url-host", host, domains.get(0));
        }
        String normalised = "https://" + host + path(uri) + query(uri);
        String reference = LinkIds.of(host, uri.getRawPath(), uri.getRawQuery()).map(LinkIds.Ref::encoded).orElse(null);
        return new Validation.Valid(normalised, normalised, reference);
    }

    /**
     * The first link in the text: a pasted message often says "here it is: https://...", or
     * "le voilà : facebook.com/events/884512337766201" without the scheme.
     */
    static Optional<URI> parse(String text) {
        Matcher inText = URL_IN_TEXT.matcher(text);
        String candidate;
        if (inText.find()) {
            candidate = inText.group();
        } else {
            candidate = bareLink(text);
            if (candidate == null) {
                return Optional.empty();
            }
        }
        candidate = STRAY_TRAILER.matcher(candidate).replaceAll("");
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                    || !uri.getHost().contains(".") || uri.getRawUserInfo() != null
                    || uri.getPort() != -1 && uri.getPort() != 80 && uri.getPort() != 443) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A link written without its scheme, alone or among words ("c’est facebook.com/jeanne.martin !"). */
    private static String bareLink(String text) {
        for (String word : text.strip().split("\\s+")) {
            String token = STRAY_TRAILER.matcher(word).replaceAll("").replaceFirst("^[(«“\"']+", "");
            if (!token.contains("@") && BARE_LINK.matcher(token).matches() && (token.contains("/") || HOSTLIKE.matcher(token).matches())) {
                return "https://" + token;
            }
        }
        return null;
    }

    static boolean belongs(String host, List<String> domains) {
        return domains.stream().map(d -> d.toLowerCase(Locale.ROOT))
                .anyMatch(d -> host.equals(d) || host.endsWith("." + d));
    }

    private static String path(URI uri) {
        String path = uri.getRawPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            return "/";
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String query(URI uri) {
        if (uri.getRawQuery() == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            String decoded = name.replace("%5B", "[").replace("%5D", "]").toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !TRACKING.contains(decoded) && !decoded.startsWith("utm_")) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? "" : "?" + String.join("&", kept);
    }
}
