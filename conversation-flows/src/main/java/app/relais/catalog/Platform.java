package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A platform and its problems, as one catalog file describes it. {@code paidSupport} (optional)
 * is the platform's official paid support, named as it reads inside a sentence ("Meta Verified,
 * un abonnement facultatif de Meta qui…", checked by {@link PaidSupportReader}): the bot names it
 * to people asking whether anything is paid, and to no one else. {@code profileLink} (optional)
 * is the address of a profile built from its username, {@code {username}} standing for the name
 * without its {@code @} ("https://www.instagram.com/{username}"): when a profile's link is asked
 * and the person gives their {@code @handle} instead, the bot offers the link built from it, to be
 * checked. Only for platforms whose profile addresses follow the username without exception.
 * {@code scamReminder} (optional) is what the platform itself says about scams, as a sentence of
 * its own (notes/platform-channels.md), added to the anti-scam warning of its conversations only.
 */
public record Platform(@JsonProperty(required = true) String platform,
                       @JsonProperty(required = true) LocalizedText label,
                       @JsonProperty(required = true) List<String> keywords,
                       List<String> domains,
                       @JsonProperty(required = true) List<SupportChannel> helpChannels,
                       @JsonDeserialize(using = PaidSupportReader.class) LocalizedText paidSupport,
                       String profileLink,
                       LocalizedText scamReminder,
                       @JsonProperty(required = true) List<Problem> problems) {

    private static final String USERNAME = "{username}";
    private static final Pattern PROFILE_LINK = Pattern.compile("https://([a-z0-9.-]+)/[\\w/@.-]*" + Pattern.quote(USERNAME));

    public Platform {
        if (platform == null || !platform.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException("'platform' must be lower-case-with-dashes");
        }
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("platform '" + platform + "' lists no problem");
        }
        if (keywords == null || keywords.isEmpty() || keywords.stream().anyMatch(k -> k == null || k.isBlank())) {
            throw new IllegalArgumentException("platform '" + platform + "' needs 'keywords': the names people type for it");
        }
        if (helpChannels != null && helpChannels.stream().anyMatch(SupportChannel::isLegal)) {
            throw new IllegalArgumentException("platform '" + platform + "' lists a legal channel in 'help_channels': offer it in a problem's 'after_refusal.next'");
        }
        keywords = List.copyOf(keywords);
        domains = domains == null ? List.of() : List.copyOf(domains);
        checkProfileLink(platform, profileLink, domains);
        var seen = new HashSet<String>();
        problems = problems.stream().map(p -> p.onPlatform(platform)).toList();
        for (Problem p : problems) {
            if (!seen.add(p.id())) {
                throw new IllegalArgumentException("problem '" + p.id() + "' appears twice");
            }
        }
    }

    public String id() {
        return platform;
    }

    /** The link of the profile named {@code username} (without its {@code @}); empty when the catalog cannot build one. */
    public Optional<String> profileLinkOf(String username) {
        return Optional.ofNullable(profileLink).map(link -> link.replace(USERNAME, username));
    }

    /** https, one {@code {username}} in its path, on one of the platform's own hosts: anything else would send people elsewhere. */
    private static void checkProfileLink(String platform, String link, List<String> domains) {
        if (link == null) {
            return;
        }
        var shape = PROFILE_LINK.matcher(link);
        if (!shape.matches() || link.indexOf(USERNAME) != link.lastIndexOf(USERNAME)) {
            throw new IllegalArgumentException("platform '" + platform + "': 'profile_link' must be an https link with one "
                    + USERNAME + " in its path, like \"https://www.instagram.com/" + USERNAME + "\", not \"" + link + "\"");
        }
        if (!domains.contains(shape.group(1))) {
            throw new IllegalArgumentException("platform '" + platform + "': the host of 'profile_link' (" + shape.group(1)
                    + ") is not one of its 'domains'");
        }
    }

    /** What the platform itself says about scams; empty when the sources give nothing. */
    public Optional<LocalizedText> reminder() {
        return Optional.ofNullable(scamReminder);
    }

    /** The platform's official paid support; empty when the catalog knows none. */
    public Optional<LocalizedText> paid() {
        return Optional.ofNullable(paidSupport);
    }
}
