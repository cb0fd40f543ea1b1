package app.relais.outage;

import app.relais.engine.Turn;
import app.relais.engine.TurnHook;

/** While an incident is open, a new visitor (or a bare /start) begins with the outage news. */
public final class OutageHook implements TurnHook {

    private final OutageBoard board;

    public OutageHook(OutageBoard board) {
        this.board = board;
    }

    @Override
    public String preferredFlow(Turn turn) {
        return board.anyOpen() ? OutageFallbackFlow.ID : null;
    }
}
