package app.relais.offscript;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The domains a platform's owner says its genuine emails come from, and the platforms it owns
 * (notes/platform-channels.md: Meta's list), so that "is this address official?" gets a firm answer.
 */
public record OfficialSenders(@JsonProperty(required = true) String owner,
                              @JsonProperty(required = true) List<String> platforms,
                              @JsonProperty(required = true) List<String> domains) {

    public OfficialSenders {
        if (platforms == null || platforms.isEmpty() || domains == null || domains.isEmpty()) {
            throw new IllegalArgumentException("official sender '" + owner + "' needs 'platforms' and 'domains'");
        }
        platforms = List.copyOf(platforms);
        domains = List.copyOf(domains);
    }

    /** Whether {@code host} is one of the domains or a subdomain of one. */
    boolean sends(String host) {
        return domains.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
    }
}
