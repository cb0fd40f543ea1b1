package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One piece of proof a problem needs, asked one at a time in the EVIDENCE stage. */
public record EvidenceItem(@JsonProperty(required = true) String id,
                           @JsonProperty(required = true) EvidenceType type,
                           @JsonProperty(required = true) boolean required,
                           @JsonProperty(required = true) LocalizedText label,
                           @JsonProperty(required = true) LocalizedText hint) {

    public EvidenceItem {
        if (id == null || !id.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException("evidence 'id' must be lower-case-with-dashes, at most 31 characters");
        }
    }
}
