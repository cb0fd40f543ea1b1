package app.relais.conversation;

import java.util.Locale;

/**
 * What kind of typed answer a question waits for, so that a channel can help with it: the web
 * widget says it in its input's placeholder ("Collez le lien…") and picks the phone's keyboard.
 * {@link #NONE} when the question says nothing more than {@link Expects}.
 */
public enum InputHint {
    NONE, PROBLEM, LINK, ID, DATE, PHONE, EMAIL, TEXT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
