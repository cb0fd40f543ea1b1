package app.relais.support;

import app.relais.conversation.Choice;
import app.relais.conversation.Expects;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.drafting.DraftBuilder;
import app.relais.engine.Turn;
import app.relais.offscript.Awaiting;
import app.relais.offscript.Pending;
import java.util.ArrayList;
import java.util.List;

/** IMPACT: what the problem costs the person (money, reputation, safety); it sets the urgency. */
final class ImpactStage implements Pending {

    @Override
    public void enter(Turn turn) {
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        String current = turn.data().answer(DraftBuilder.IMPACT);
        List<Choice> choices = new ArrayList<>();
        if (current != null) {
            choices.add(new Choice(Choices.DONE, turn.t("evidence.keep")));
        }
        choices.add(Choices.back(turn));
        String text = turn.t("impact.ask") + (current == null ? "" : "\n" + turn.t("facts.current", current));
        turn.say(new Reply(text, choices, List.of(), List.of(), Expects.TEXT));
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Text text && text.text().strip().length() >= 3) {
            turn.update(d -> d.withAnswer(DraftBuilder.IMPACT, text.text().strip()));
            turn.fire(SupportEvent.IMPACT_DONE.name());
        } else if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(Choices.DONE)
                && turn.data().answer(DraftBuilder.IMPACT) != null) {
            turn.fire(SupportEvent.IMPACT_DONE.name());
        } else {
            prompt(turn);
        }
    }

    @Override
    public Awaiting awaiting(Turn turn) {
        return Awaiting.FREE_TEXT;
    }
}
