package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How serious a problem is; it sets the tone of the drafted request. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    @JsonCreator
    static Severity of(String text) {
        return CatalogEnums.parse(Severity.class, text, "severity");
    }
}
