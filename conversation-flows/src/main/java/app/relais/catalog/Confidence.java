package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How sure we are that a channel works: HIGH when the platform documents it, MEDIUM when it is
 * consistently reported, LOW when only third parties (or our seeds) give it.
 */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    @JsonCreator
    static Confidence of(String text) {
        return CatalogEnums.parse(Confidence.class, text, "confidence");
    }
}
