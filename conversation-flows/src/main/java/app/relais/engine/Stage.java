package app.relais.engine;

/** What a flow does in one state: greet on entry, handle input, re-ask, go back. */
public interface Stage {

    /** The flow just arrived in this state: reset the position and ask the first question. */
    void enter(Turn turn);

    /** Input that is not a global command. */
    void handle(Turn turn);

    /** Ask the pending question again (after /help, /lang, a refused input). */
    void prompt(Turn turn);

    /**
     * Everything the person needs to act at this step, again, changing nothing ({@code /status},
     * and a web page that reconnects with an empty screen): what the step gave them (the draft,
     * its links, its files) and its question. By default the question alone.
     */
    default void recap(Turn turn) {
        prompt(turn);
    }

    /** The user asked to go back; by default the flow goes to the previous stage. */
    default void back(Turn turn) {
        turn.fire("BACK");
    }
}
