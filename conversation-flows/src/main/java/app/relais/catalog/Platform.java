package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A platform and its problems, as one catalog file describes it. {@code paidSupport} (optional)
 * is the platform's official paid support, named as it reads inside a sentence ("Meta Verified,
 * un abonnement facultatif de Meta qui…", checked by {@link PaidSupportReader}): the bot names it
 * to people asking whether anything is paid, and to no one else.
 */
public record Platform(@JsonProperty(required = true) String platform,
                       @JsonProperty(required = true) LocalizedText label,
                       @JsonProperty(required = true) List<String> keywords,
                       List<String> domains,
                       @JsonProperty(required = true) List<SupportChannel> helpChannels,
                       @JsonDeserialize(using = PaidSupportReader.class) LocalizedText paidSupport,
                       @JsonProperty(required = true) List<Problem> problems) {

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

    /** The platform's official paid support; empty when the catalog knows none. */
    public Optional<LocalizedText> paid() {
        return Optional.ofNullable(paidSupport);
    }
}
