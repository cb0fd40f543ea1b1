package app.relais.outage;

import app.relais.engine.Turn;
import app.relais.engine.TurnHook;

/**
 * While an incident is open, a new visitor (or a bare /start) begins with the business's welcome;
 * and /start greets in the business's name where the business speaks: its welcome always, the
 * support assistant once the profile names the business; the crisis kit as the manager's tool.
 */
public final class OutageHook implements TurnHook {

    private static final String CRISIS_KIT = "crisis-kit";

    private final OutageBoard board;
    private final BusinessProfiles profiles;

    public OutageHook(OutageBoard board, BusinessProfiles profiles) {
        this.board = board;
        this.profiles = profiles;
    }

    /** The business's welcome during an incident, unless the first words were a problem with the visitor's own account. */
    @Override
    public String preferredFlow(Turn turn) {
        return board.anyOpen() && !FirstWords.toPlatform(turn) ? OutageFallbackFlow.ID : null;
    }

    @Override
    public String greeting(Turn turn, String flowId) {
        BusinessProfile profile = profiles.current();
        if (flowId.equals(OutageFallbackFlow.ID)) {
            return BusinessTexts.welcome(profile, turn.texts());
        }
        if (flowId.equals("support-request") && profile.name() != null) {
            return turn.t("outage.hello.assistant", profile.name());
        }
        if (flowId.equals(CRISIS_KIT)) {
            // The community manager's kit is no support request to a platform.
            return turn.t("crisis.hello");
        }
        return null;
    }
}
