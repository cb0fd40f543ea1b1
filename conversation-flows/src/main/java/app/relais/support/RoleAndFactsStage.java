package app.relais.support;

import app.relais.conversation.Choice;
import app.relais.conversation.Expects;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.drafting.DraftBuilder;
import app.relais.engine.Turn;
import app.relais.offscript.Awaiting;
import app.relais.offscript.Intent;
import app.relais.offscript.IntentAction;
import app.relais.offscript.Pending;
import java.util.List;

/** ROLE_AND_FACTS: who the person is in this story, then what happened, in order, with dates. */
final class RoleAndFactsStage implements Pending {

    static final String ROLE_STEP = "role";
    static final String FACTS_STEP = "facts";
    static final List<String> ROLES = List.of("owner", "page-admin", "organizer", "business", "relative");
    static final int MIN_FACTS = 10;

    @Override
    public void enter(Turn turn) {
        boolean back = SupportEvent.BACK.name().equals(turn.arrivedBy());
        turn.update(d -> d.withStep(back ? FACTS_STEP : ROLE_STEP));
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        if (turn.data().step().equals(FACTS_STEP)) {
            String current = turn.data().answer(DraftBuilder.FACTS);
            String text = turn.t("facts.ask") + (current == null ? "" : "\n" + turn.t("facts.current", current));
            List<Choice> choices = current == null ? List.of(Choices.back(turn))
                    : List.of(new Choice(Choices.DONE, turn.t("evidence.keep")), Choices.back(turn));
            turn.say(new Reply(text, choices, List.of(), List.of(), Expects.TEXT));
            return;
        }
        List<Choice> choices = new java.util.ArrayList<>(ROLES.stream()
                .map(r -> new Choice("role:" + r, turn.t("role." + r))).toList());
        choices.add(Choices.back(turn));
        turn.say(new Reply(turn.t("role.ask"), choices, List.of(), List.of(), Expects.TEXT));
    }

    @Override
    public void handle(Turn turn) {
        boolean facts = turn.data().step().equals(FACTS_STEP);
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().startsWith("role:") && !facts) {
            String role = choice.choiceId().substring(5);
            if (ROLES.contains(role)) {
                roleGiven(turn.t("role.as." + role), role, turn);
                return;
            }
        } else if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(Choices.DONE) && facts
                && turn.data().answer(DraftBuilder.FACTS) != null) {
            turn.fire(SupportEvent.FACTS_DONE.name());
            return;
        } else if (turn.inbound() instanceof Inbound.Text text && !facts) {
            roleGiven(text.text().strip(), null, turn);
            return;
        } else if (turn.inbound() instanceof Inbound.Text text && facts) {
            factsGiven(text.text().strip(), turn);
            return;
        }
        prompt(turn);
    }

    /**
     * "passer", "je sais pas" at the role: the letter can do without it (it then says nothing of
     * who writes), so the role is left out and the facts come next. The facts cannot be skipped:
     * there the intent's own reply says a few words are enough.
     */
    @Override
    public boolean react(Intent intent, Turn turn) {
        if (intent.action() != IntentAction.SKIP || !turn.data().step().equals(ROLE_STEP)) {
            return false;
        }
        turn.update(d -> d.withAnswer(DraftBuilder.ROLE, null).withAnswer(DraftBuilder.ROLE_CHOICE, null)
                .withStep(FACTS_STEP));
        turn.say(turn.t("role.skipped"));
        prompt(turn);
        return true;
    }

    @Override
    public void back(Turn turn) {
        if (turn.data().step().equals(FACTS_STEP)) {
            turn.update(d -> d.withStep(ROLE_STEP));
            prompt(turn);
        } else {
            turn.fire(SupportEvent.BACK.name());
        }
    }

    /** {@code choice} is the tapped role's id (the draft names it in its own language), null when typed. */
    private void roleGiven(String role, String choice, Turn turn) {
        if (role.length() < 2) {
            prompt(turn);
            return;
        }
        turn.update(d -> d.withAnswer(DraftBuilder.ROLE, role).withAnswer(DraftBuilder.ROLE_CHOICE, choice)
                .withStep(FACTS_STEP));
        prompt(turn);
    }

    private void factsGiven(String facts, Turn turn) {
        if (facts.length() < MIN_FACTS) {
            turn.say(turn.t("facts.too-short"));
            prompt(turn);
            return;
        }
        turn.update(d -> d.withAnswer(DraftBuilder.FACTS, facts));
        turn.fire(SupportEvent.FACTS_DONE.name());
    }

    @Override
    public Awaiting awaiting(Turn turn) {
        return Awaiting.FREE_TEXT;
    }
}
