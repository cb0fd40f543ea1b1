package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;

/** A platform and its problems, as one catalog file describes it. */
public record Platform(@JsonProperty(required = true) String platform,
                       @JsonProperty(required = true) LocalizedText label,
                       @JsonProperty(required = true) List<String> keywords,
                       List<String> domains,
                       @JsonProperty(required = true) List<SupportChannel> helpChannels,
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
}
