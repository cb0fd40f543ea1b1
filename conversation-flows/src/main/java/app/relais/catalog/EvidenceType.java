package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The type of an evidence item; each has its own validation. {@code USERNAME} is an account's
 * name on the platform: the handle is taken out of the sentence it was typed in ("c’est
 * @jeanne.m75 je crois") or out of the profile's link, and a name it cannot tell apart (a display
 * name of several words) is kept as typed.
 */
public enum EvidenceType {
    URL, ID, DATETIME, PHONE, EMAIL, TEXT, FILE, CHOICE, USERNAME;

    @JsonCreator
    static EvidenceType of(String text) {
        return CatalogEnums.parse(EvidenceType.class, text, "evidence type");
    }
}
