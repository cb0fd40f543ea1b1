package app.relais.offscript;

import app.relais.catalog.CatalogEnums;
import com.fasterxml.jackson.annotation.JsonCreator;

/** What the conversation adds to an intent's reply (see {@link Details}). */
public enum Detail {
    DELAY, CHANNEL, ADDRESS, PAID, REMINDER;

    @JsonCreator
    static Detail of(String text) {
        return CatalogEnums.parse(Detail.class, text, "intent detail");
    }
}
