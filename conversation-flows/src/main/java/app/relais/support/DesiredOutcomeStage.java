package app.relais.support;

import app.relais.catalog.LocalizedText;
import app.relais.catalog.Problem;
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

/** DESIRED_OUTCOME: what the person asks the platform to do; suggestions from the catalog or their words. */
final class DesiredOutcomeStage implements Pending {

    private static final String OUTCOME = "outcome:";

    private final SupportServices services;

    DesiredOutcomeStage(SupportServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        Problem problem = services.problem(turn);
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < problem.outcomes().size(); i++) {
            choices.add(new Choice(OUTCOME + i, problem.outcomes().get(i).in(turn.texts().locale())));
        }
        String current = turn.data().answer(DraftBuilder.OUTCOME);
        if (current != null) {
            choices.add(new Choice(Choices.DONE, turn.t("evidence.keep")));
        }
        choices.add(Choices.back(turn));
        String text = turn.t("outcome.ask") + (current == null ? "" : "\n" + turn.t("facts.current", current));
        turn.say(new Reply(text, choices, List.of(), List.of(), Expects.TEXT));
    }

    @Override
    public void handle(Turn turn) {
        List<LocalizedText> outcomes = services.problem(turn).outcomes();
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().startsWith(OUTCOME)) {
            int index = parse(choice.choiceId().substring(OUTCOME.length()));
            if (index >= 0 && index < outcomes.size()) {
                chosen(outcomes.get(index).in(turn.texts().locale()), String.valueOf(index), turn);
                return;
            }
        } else if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(Choices.DONE)
                && turn.data().answer(DraftBuilder.OUTCOME) != null) {
            turn.fire(SupportEvent.OUTCOME_DONE.name());
            return;
        } else if (turn.inbound() instanceof Inbound.Text text && text.text().strip().length() >= 3) {
            chosen(text.text().strip(), null, turn);
            return;
        }
        prompt(turn);
    }

    /** {@code choice} is the tapped outcome's index (the draft words it in its own language), null when typed. */
    private void chosen(String outcome, String choice, Turn turn) {
        turn.update(d -> d.withAnswer(DraftBuilder.OUTCOME, outcome).withAnswer(DraftBuilder.OUTCOME_CHOICE, choice));
        turn.fire(SupportEvent.OUTCOME_DONE.name());
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public Awaiting awaiting(Turn turn) {
        return Awaiting.FREE_TEXT;
    }
}
