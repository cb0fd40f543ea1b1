package app.relais.conversation;

/** What input the conversation waits for after a reply. */
public enum Expects {
    TEXT, CHOICE, FILE, NONE;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
