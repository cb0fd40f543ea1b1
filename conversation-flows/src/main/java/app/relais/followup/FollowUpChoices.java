package app.relais.followup;

/** Buttons of the follow-up, shared by the FOLLOW_UP stage and the pushed reminder. */
public final class FollowUpChoices {

    public static final String DRAFT_NOW = "followup-draft";
    public static final String SOLVED = "solved";
    public static final String NEW_REQUEST = "cmd:restart";

    private FollowUpChoices() {
    }
}
