package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The type of an evidence item; each has its own validation. */
public enum EvidenceType {
    URL, ID, DATETIME, PHONE, EMAIL, TEXT, FILE, CHOICE;

    @JsonCreator
    static EvidenceType of(String text) {
        return CatalogEnums.parse(EvidenceType.class, text, "evidence type");
    }
}
