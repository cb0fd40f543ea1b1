package app.relais.outage;

import app.relais.catalog.LocalizedText;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One question of the business's FAQ: what customers type to ask it ({@code examples}), the
 * answer, and the short code agents type to send the same answer as a canned response.
 */
public record FaqEntry(@JsonProperty(required = true) String id,
                       @JsonProperty(required = true) String shortCode,
                       @JsonProperty(required = true) LocalizedText question,
                       @JsonProperty(required = true) Examples examples,
                       @JsonProperty(required = true) LocalizedText answer) {

    public FaqEntry {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9-]{2,40}")) {
            throw new IllegalArgumentException("id must be 2-40 of a-z, 0-9, '-': " + id);
        }
        if (shortCode == null || !shortCode.matches("[a-z0-9]{2,16}")) {
            throw new IllegalArgumentException("short_code must be 2-16 of a-z, 0-9: " + shortCode);
        }
    }

    public record Examples(@JsonProperty(required = true) List<String> fr, @JsonProperty(required = true) List<String> en) {
        public Examples {
            if (fr == null || fr.isEmpty() || en == null || en.isEmpty()) {
                throw new IllegalArgumentException("'examples' needs at least one 'fr' and one 'en' sentence");
            }
            fr = List.copyOf(fr);
            en = List.copyOf(en);
        }
    }
}
