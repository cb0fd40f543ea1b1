package app.relais.crisis;

import app.relais.conversation.Choice;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import java.util.List;

/**
 * CHECKLIST: make sure the outage is real before telling anyone (several devices and networks,
 * outage trackers, official accounts, hashtags). "Confirmed" starts the timeline's clock and leads
 * to declaring the incident.
 */
final class ChecklistStage implements Stage {

    static final String LOCAL = "crisis:local";

    @Override
    public void enter(Turn turn) {
        turn.say(turn.t("crisis.intro"));
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        turn.say(Reply.choose(turn.t("crisis.checklist"), List.of(
                CrisisKitFlow.next(turn, "crisis.choice.confirmed"),
                new Choice(LOCAL, turn.t("crisis.choice.local")))));
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(CrisisKitFlow.NEXT)) {
            if (turn.data().answer(CrisisKitFlow.CONFIRMED_AT) == null) {
                turn.update(d -> d.withAnswer(CrisisKitFlow.CONFIRMED_AT, turn.now().toString()));
            }
            turn.fire(CrisisEvent.NEXT.name());
        } else if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(LOCAL)) {
            turn.say(turn.t("crisis.local"));
            prompt(turn);
        } else {
            turn.notUnderstood();
            prompt(turn);
        }
    }

    @Override
    public void back(Turn turn) {
        turn.say(turn.t("command.back.at-start"));
        prompt(turn);
    }
}
