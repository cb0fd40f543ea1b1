package app.relais.offscript;

import app.relais.catalog.CatalogEnums;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What recognising an intent does. {@code YES} and {@code NO} only mean something to a stage that
 * asked a yes/no question; {@code NONE} marks real answers that look like intents, so that the
 * recognizer learns what is not one.
 */
public enum IntentAction {
    ANSWER, SKIP, HUMAN, RESTART, YES, NO, NONE;

    @JsonCreator
    static IntentAction of(String text) {
        return CatalogEnums.parse(IntentAction.class, text, "intent action");
    }
}
