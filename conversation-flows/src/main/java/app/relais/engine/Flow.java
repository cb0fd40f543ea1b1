package app.relais.engine;

import app.relais.store.CaseData;
import java.util.Optional;

/** A conversation flow: its states' stages and the state machine that moves between them. */
public interface Flow {

    String id();

    String initialState();

    Stage stage(String state);

    /**
     * Runs the flow's state machine from {@code state} with {@code event}; empty when the machine
     * refuses the event in that state.
     */
    Optional<String> fire(String state, String event, CaseData data);

    /** Whether a stored state name exists in this flow (a snapshot from an older version may not). */
    boolean knows(String state);

    /** A short, user-facing name of a state, for /status. */
    String describe(String state, Turn turn);

    /** What the conversation has collected so far, for /dossier. */
    String dossier(Turn turn);
}
