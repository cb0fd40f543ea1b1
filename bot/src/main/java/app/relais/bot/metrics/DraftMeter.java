package app.relais.bot.metrics;

import app.relais.engine.Turn;
import app.relais.engine.TurnHook;

/** Counts requests the user approved: the support-request flow entering DELIVER from the review. */
final class DraftMeter implements TurnHook {

    static final String DELIVER = "DELIVER";
    static final String APPROVED = "DRAFT_APPROVED";

    private final RelaisMeters meters;

    DraftMeter(RelaisMeters meters) {
        this.meters = meters;
    }

    @Override
    public void after(Turn turn) {
        // arrivedBy tells a new delivery from a return to it with /back.
        if (DELIVER.equals(turn.state()) && APPROVED.equals(turn.arrivedBy())) {
            meters.draftsDelivered(turn.key().channel()).increment();
        }
    }
}
