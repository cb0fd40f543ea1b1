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

    /**
     * /dossier: shows what the conversation has collected so far, or, when {@code argument} is not
     * blank, acts on it (the view's buttons carry {@code cmd:dossier <action>}).
     */
    void dossier(String argument, Turn turn);

    /** What the conversation collected, as plain text: the summary a human agent receives. */
    String summary(Turn turn);

    /**
     * A stage that stands in for the current state's stage for a few turns without moving the
     * state machine (e.g. correcting a dossier item from any stage), or null. When it is done it
     * clears itself and asks the current stage's question again.
     */
    default Stage overlay(Turn turn) {
        return null;
    }
}
