package app.relais.drafting;

import java.util.Locale;

/** The parts of a request, in the order of the email; the user can rewrite each one. */
public enum DraftSection {
    SUBJECT, INTRODUCTION, FACTS, IDENTIFIERS, IMPACT, OUTCOME, CONCLUSION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The section with this id, or null for an id no section has (a stale button, a forged choice). */
    public static DraftSection fromId(String id) {
        for (DraftSection section : values()) {
            if (section.id().equals(id)) {
                return section;
            }
        }
        return null;
    }

    /** Where a user's rewrite of this section is kept among the conversation's answers. */
    public String answerKey() {
        return "draft." + id();
    }
}
