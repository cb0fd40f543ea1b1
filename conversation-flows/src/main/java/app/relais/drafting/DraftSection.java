package app.relais.drafting;

/** The parts of a request the user can rewrite one by one. */
public enum DraftSection {
    SUBJECT, INTRODUCTION, FACTS, IMPACT, OUTCOME, CONCLUSION;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static DraftSection fromId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }

    /** Where a user's rewrite of this section is kept among the conversation's answers. */
    public String answerKey() {
        return "draft." + id();
    }
}
