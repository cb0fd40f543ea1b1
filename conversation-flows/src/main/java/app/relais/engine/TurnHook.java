package app.relais.engine;

/**
 * A feature that looks at every event before and after the flows do, whatever the flow: the
 * hand-off (the bot stays silent while an agent owns the conversation, "human" works anywhere)
 * and the outage mode (new visitors start with the outage news).
 */
public interface TurnHook {

    /**
     * Runs before global commands and the current stage. Returns true when the hook consumed the
     * event: nothing else answers it (the replies it said, possibly none, are the answer).
     */
    default boolean before(Turn turn, Flow flow) {
        return false;
    }

    /**
     * Runs after global commands, just before {@code stage} (the one that handles input now) would
     * handle the event. Returns true when the hook answered it instead: words said in place of an
     * answer ("je sais pas", "is this a scam?"), answered where they are said, the stage's question
     * asked again. Hooks that run here see only what no command or pending confirmation took.
     */
    default boolean instead(Turn turn, Flow flow, Stage stage) {
        return false;
    }

    /** Runs after the stage and the transitions answered an event the hooks did not consume. */
    default void after(Turn turn) {
    }

    /** The flow a new conversation or a bare /start begins with, or null to keep the default. */
    default String preferredFlow(Turn turn) {
        return null;
    }

    /** What /start says before flow {@code flowId} begins, or null to leave it to the next hook (or Relais's hello). */
    default String greeting(Turn turn, String flowId) {
        return null;
    }
}
