package app.relais.offscript;

import app.relais.catalog.Catalog;
import app.relais.catalog.ChannelKind;
import app.relais.catalog.DelayEstimate;
import app.relais.catalog.LocalizedText;
import app.relais.catalog.Platform;
import app.relais.catalog.Problem;
import app.relais.catalog.SupportChannel;
import app.relais.conversation.Link;
import app.relais.engine.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the conversation adds to an intent's reply: the usual delay of the problem under way, its
 * official channel (and the live chat the catalog knows, with its limits), what is known of an
 * email address or a link typed in the question (in the catalog, on the domains a platform's
 * owner sends from, on a platform's own site, or none of these), the official paid support of
 * the problem's platform (nothing when it has none; before any problem, the platforms that have one),
 * and what that platform itself says about scams.
 */
final class Details {

    private static final Pattern EMAIL = Pattern.compile("(?i)[a-z0-9._%+-]+@([a-z0-9-]+(?:\\.[a-z0-9-]+)+)");
    private static final Pattern HOST = Pattern.compile(
            "(?i)(?:https?://)?((?:[a-z0-9-]+\\.)+(?:com|fr|net|org|me|be|ch|ca|io|app|co|uk|de|info|biz))(?:[/?#]\\S*)?");

    /** A reply's text and the links that go with it. */
    record Said(String text, List<Link> links) {
    }

    private final Catalog catalog;
    private final List<OfficialSenders> senders;

    Details(Catalog catalog, List<OfficialSenders> senders) {
        this.catalog = catalog;
        this.senders = senders;
    }

    Said of(Detail detail, String typed, Turn turn) {
        Problem problem = turn.data().problem() == null ? null : catalog.problem(turn.data().problem()).orElse(null);
        return switch (detail) {
            case DELAY -> new Said(delay(problem, turn), List.of());
            case CHANNEL -> channel(problem, turn);
            case ADDRESS -> new Said(address(typed, problem, turn), List.of());
            case PAID -> new Said(paid(problem, turn), List.of());
            case REMINDER -> new Said(reminder(problem, turn), List.of());
        };
    }

    /**
     * What the problem's platform itself says about scams (Meta: its staff never ask for a password;
     * WhatsApp: never share the SMS code), from the catalog's {@code scam_reminder}; nothing before
     * any problem or for a platform that says nothing: a TikTok conversation never hears of Meta.
     */
    private String reminder(Problem problem, Turn turn) {
        return platformOf(problem).flatMap(Platform::reminder).map(said -> said.in(turn.texts().locale())).orElse("");
    }

    /** The platform of the problem under way; empty before any problem. */
    private Optional<Platform> platformOf(Problem problem) {
        return problem == null ? Optional.empty() : catalog.platform(problem.platform());
    }

    private static String delay(Problem problem, Turn turn) {
        if (problem == null) {
            return turn.t("offscript.detail.delay.no-problem");
        }
        String label = problem.label().in(turn.texts().locale());
        Optional<DelayEstimate> delay = problem.emailChannel().map(SupportChannel::delay)
                .or(() -> problem.officialChannel().map(SupportChannel::delay));
        return delay.map(d -> turn.t("offscript.detail.delay", label, days(d, turn)))
                .orElseGet(() -> turn.t("offscript.detail.delay.unknown", label));
    }

    private static String days(DelayEstimate delay, Turn turn) {
        if (delay.maxHours() >= 72) {
            return turn.t("delay.days", Math.round(delay.minHours() / 24.0), Math.round(delay.maxHours() / 24.0));
        }
        return turn.t("delay.hours", delay.minHours(), delay.maxHours());
    }

    private static Said channel(Problem problem, Turn turn) {
        if (problem == null) {
            return new Said(turn.t("offscript.detail.channel.no-problem"), List.of());
        }
        Locale locale = turn.texts().locale();
        List<Link> links = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        problem.officialChannel().ifPresent(official -> {
            text.append(turn.t("offscript.detail.channel", official.label().in(locale)));
            if (official.path() != null) {
                text.append('\n').append(turn.t("offscript.detail.channel.path", official.path().in(locale)));
            }
            if (official.url() != null) {
                links.add(new Link(official.label().in(locale), official.url()));
            }
        });
        problem.channels().stream().filter(c -> c.kind() == ChannelKind.LIVE_CHAT && c != problem.officialChannel().orElse(null))
                .forEach(chat -> text.append("\n\n").append(turn.t("offscript.detail.channel.live-chat",
                        chat.label().in(locale), chat.why().in(locale))));
        return new Said(text.toString(), links);
    }

    /**
     * The problem's platform's paid support, or nothing: a TikTok conversation never hears of Meta.
     * Before any problem, every paid support the catalog knows, with the platforms it is for.
     */
    private String paid(Problem problem, Turn turn) {
        Locale locale = turn.texts().locale();
        if (problem != null) {
            return platformOf(problem).flatMap(p -> p.paid()
                    .map(offer -> turn.t("offscript.detail.paid", p.label().in(locale), offer.in(locale)))).orElse("");
        }
        Map<LocalizedText, List<String>> platformsByOffer = new LinkedHashMap<>();
        for (Platform platform : catalog.platforms()) {
            platform.paid().ifPresent(offer -> platformsByOffer.computeIfAbsent(offer, o -> new ArrayList<>())
                    .add(platform.label().in(locale)));
        }
        if (platformsByOffer.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        platformsByOffer.forEach((offer, platforms) -> text.append(text.isEmpty() ? "" : " ")
                .append(turn.t("offscript.detail.paid", list(platforms, turn), offer.in(locale))));
        if (platformsByOffer.values().stream().mapToInt(List::size).sum() < catalog.platforms().size()) {
            text.append(' ').append(turn.t("offscript.detail.paid.elsewhere"));
        }
        return text.toString();
    }

    /** "a", "a et b", "a, b et c". */
    private static String list(List<String> items, Turn turn) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return turn.t("offscript.detail.paid.and", String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }

    private String address(String typed, Problem problem, Turn turn) {
        Matcher email = EMAIL.matcher(typed);
        if (email.find()) {
            return email(email.group().toLowerCase(Locale.ROOT), email.group(1).toLowerCase(Locale.ROOT), problem, turn);
        }
        Matcher host = HOST.matcher(typed);
        if (host.find()) {
            return link(host.group(1).toLowerCase(Locale.ROOT), turn);
        }
        return turn.t("offscript.detail.address.none");
    }

    private String email(String address, String domain, Problem problem, Turn turn) {
        Locale locale = turn.texts().locale();
        Optional<SupportChannel> known = catalog.platforms().stream()
                .flatMap(p -> java.util.stream.Stream.concat(p.helpChannels().stream(), p.problems().stream().flatMap(q -> q.channels().stream())))
                .filter(c -> c.isEmail() && address.equalsIgnoreCase(c.address())).findFirst();
        if (known.isPresent()) {
            SupportChannel channel = known.get();
            return turn.t("offscript.detail.address.catalog", address,
                    turn.t(channel.official() ? "advice.email.official" : "advice.email.unofficial"), channel.why().in(locale));
        }
        for (OfficialSenders owner : senders) {
            if (owner.sends(domain)) {
                return turn.t("offscript.detail.address.sender", address, owner.owner(), String.join(", ", owner.domains()));
            }
        }
        String platform = problem == null ? null : problem.platform();
        Optional<OfficialSenders> owner = senders.stream().filter(s -> platform != null && s.platforms().contains(platform)).findFirst();
        return owner.map(o -> turn.t("offscript.detail.address.not-sender", address, o.owner(), String.join(", ", o.domains())))
                .orElseGet(() -> turn.t("offscript.detail.address.unknown", address));
    }

    private String link(String host, Turn turn) {
        for (Platform platform : catalog.platforms()) {
            if (platform.domains().stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d))) {
                return turn.t("offscript.detail.link.platform", platform.label().in(turn.texts().locale()), host);
            }
        }
        return turn.t("offscript.detail.link.unknown", host);
    }
}
