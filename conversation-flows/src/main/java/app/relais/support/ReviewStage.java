package app.relais.support;

import app.relais.conversation.Choice;
import app.relais.conversation.Expects;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.drafting.DraftEmail;
import app.relais.drafting.DraftSection;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import java.util.ArrayList;
import java.util.List;

/** REVIEW: the whole draft, and any section rewritten by the user or given back to Relais. */
final class ReviewStage implements Stage {

    static final String APPROVE = "approve";
    static final String REWRITE = "rewrite:";
    static final String REGENERATE = "regenerate";
    static final String KEEP = "keep";

    private final SupportServices services;

    ReviewStage(SupportServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        turn.update(d -> d.withStep("review"));
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        String step = turn.data().step();
        if (step.startsWith(REWRITE)) {
            askRewrite(DraftSection.fromId(step.substring(REWRITE.length())), turn);
            return;
        }
        DraftEmail draft = draft(turn);
        turn.say(DraftText.render(draft, turn.texts()));
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(APPROVE, turn.t("review.approve")));
        for (DraftSection section : DraftSection.values()) {
            choices.add(new Choice(REWRITE + section.id(), turn.t("review.rewrite." + section.id())));
        }
        choices.add(Choices.back(turn));
        turn.say(Reply.choose(turn.t("review.ask"), choices));
    }

    @Override
    public void handle(Turn turn) {
        String step = turn.data().step();
        if (turn.inbound() instanceof Inbound.Choice choice) {
            String id = choice.choiceId();
            if (id.equals(APPROVE) && !step.startsWith(REWRITE)) {
                turn.fire(SupportEvent.DRAFT_APPROVED.name());
                return;
            }
            if (id.startsWith(REWRITE) && isSection(id.substring(REWRITE.length()))) {
                turn.update(d -> d.withStep(id));
                prompt(turn);
                return;
            }
            if (id.equals(REGENERATE) && step.startsWith(REWRITE)) {
                DraftSection section = DraftSection.fromId(step.substring(REWRITE.length()));
                turn.update(d -> d.withAnswer(section.answerKey(), null).withStep("review"));
                turn.say(turn.t("review.regenerated"));
                prompt(turn);
                return;
            }
            if (id.equals(KEEP)) {
                turn.update(d -> d.withStep("review"));
                prompt(turn);
                return;
            }
        } else if (turn.inbound() instanceof Inbound.Text text && step.startsWith(REWRITE) && !text.text().isBlank()) {
            DraftSection section = DraftSection.fromId(step.substring(REWRITE.length()));
            // The user's own words are kept exactly as written, spelling included.
            turn.update(d -> d.withAnswer(section.answerKey(), text.text()).withStep("review"));
            turn.say(turn.t("review.rewritten"));
            prompt(turn);
            return;
        }
        prompt(turn);
    }

    @Override
    public void back(Turn turn) {
        if (turn.data().step().startsWith(REWRITE)) {
            turn.update(d -> d.withStep("review"));
            prompt(turn);
        } else {
            turn.fire(SupportEvent.BACK.name());
        }
    }

    private void askRewrite(DraftSection section, Turn turn) {
        String current = draft(turn).sections().get(section);
        turn.say(new Reply(turn.t("review.rewrite.ask", turn.t("review.section." + section.id()), current),
                List.of(new Choice(KEEP, turn.t("review.keep")), new Choice(REGENERATE, turn.t("review.regenerate"))),
                List.of(), List.of(), Expects.TEXT));
    }

    private DraftEmail draft(Turn turn) {
        return services.drafts().build(services.problem(turn), turn.data(), turn.texts());
    }

    private static boolean isSection(String id) {
        for (DraftSection section : DraftSection.values()) {
            if (section.id().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
