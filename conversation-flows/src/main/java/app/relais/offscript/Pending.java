package app.relais.offscript;

import app.relais.engine.Stage;
import app.relais.engine.Turn;

/**
 * A stage that says what its pending question waits for and may act on an intent itself (an
 * evidence item skipped on "je l’ai pas", "non" to the triage's guess). Stages that are not
 * {@code Pending} wait for a button.
 */
public interface Pending extends Stage {

    Awaiting awaiting(Turn turn);

    /** Acts on {@code intent} when it means something here; true when it did (and said so). */
    default boolean react(Intent intent, Turn turn) {
        return false;
    }

    /** Asks the pending question again after an off-script answer; the stage's prompt by default. */
    default void reask(Turn turn) {
        prompt(turn);
    }
}
