package app.relais.crisis;

import app.relais.conversation.Choice;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * TIMELINE: the playbook's steps with their clock times, counted from the confirmation, and the
 * update cadence. Entering plans a reminder for each step still to come.
 */
final class TimelineStage implements Stage {

    static final String STOP = "crisis:stop";

    private final TimelineScheduler timeline;
    private final ZoneId zone;

    TimelineStage(TimelineScheduler timeline, ZoneId zone) {
        this.timeline = timeline;
        this.zone = zone;
    }

    @Override
    public void enter(Turn turn) {
        String confirmed = turn.data().answer(CrisisKitFlow.CONFIRMED_AT);
        Instant start = confirmed == null ? turn.now() : Instant.parse(confirmed);
        StringBuilder text = new StringBuilder(turn.t("crisis.timeline.heading"));
        for (TimelineStep step : TimelineStep.values()) {
            Instant at = start.plus(step.offset());
            String when = at.isAfter(turn.now()) ? CrisisKitFlow.time(at, zone) : turn.t("crisis.timeline.now");
            text.append("\n• ").append(turn.t("crisis.timeline." + step.key(), when));
        }
        text.append("\n\n").append(turn.t("crisis.cadence"));
        turn.say(text.toString());
        List<TimelineScheduler.Reminder> plan = timeline.schedule(turn.key(), turn.data().locale(), start);
        turn.say(plan.isEmpty() ? turn.t("crisis.timeline.all-due") : turn.t("crisis.timeline.reminders", plan.size()));
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        turn.say(Reply.choose(turn.t("crisis.timeline.next"), List.of(
                new Choice(STOP, turn.t("crisis.choice.stop")), CrisisKitFlow.back(turn))));
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(STOP)) {
            timeline.cancel(turn.key());
            turn.say(turn.t("crisis.timeline.stopped"));
        } else {
            turn.misunderstood();
            prompt(turn);
        }
    }
}
