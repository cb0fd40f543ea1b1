package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One answer a {@code choice} evidence item offers as a button. */
public record EvidenceOption(@JsonProperty(required = true) String id,
                             @JsonProperty(required = true) LocalizedText label) {

    public EvidenceOption {
        if (id == null || !id.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException("option 'id' must be lower-case-with-dashes, at most 31 characters");
        }
    }
}
