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

/**
 * REVIEW: the whole draft, then any section rewritten by the user (kept exactly as typed, spelling
 * included) or given back to Relais, and the email's language switched.
 */
final class ReviewStage implements Stage {

    static final String APPROVE = "approve";
    static final String REWRITE = "rewrite:";
    static final String REGENERATE = "regenerate";
    static final String KEEP = "keep";
    /** The signature is not a section: it is asked in SIGNATURE, which this button goes back to. */
    static final String SIGN_AGAIN = "signature";
    private static final String REVIEWING = "review";

    private final SupportServices services;

    ReviewStage(SupportServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        turn.update(d -> d.withStep(REVIEWING));
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        DraftSection rewriting = rewriting(turn);
        if (rewriting != null) {
            askRewrite(rewriting, turn);
            return;
        }
        DraftEmail draft = draft(turn);
        turn.say(Reply.text(DraftText.render(draft)).withCopyable());
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(APPROVE, turn.t("review.approve")));
        for (DraftSection section : DraftSection.values()) {
            if (!draft.section(section).isBlank()) {
                choices.add(new Choice(REWRITE + section.id(), turn.t("review.rewrite." + section.id())));
            }
        }
        choices.add(new Choice(SIGN_AGAIN, turn.t("review.rewrite.signature")));
        choices.add(LanguageSwitch.choice(turn));
        choices.add(Choices.back(turn));
        turn.say(Reply.choose(turn.t("review.ask"), choices));
    }

    @Override
    public void handle(Turn turn) {
        DraftSection rewriting = rewriting(turn);
        if (rewriting == null && LanguageSwitch.handle(turn)) {
            prompt(turn);
        } else if (turn.inbound() instanceof Inbound.Choice choice) {
            chose(choice.choiceId(), rewriting, turn);
        } else if (turn.inbound() instanceof Inbound.Text text && rewriting != null && !text.text().isBlank()) {
            // The user's own words are kept exactly as written, spelling included.
            turn.update(d -> d.withAnswer(rewriting.answerKey(), text.text()).withStep(REVIEWING));
            turn.say(turn.t("review.rewritten"));
            prompt(turn);
        } else {
            prompt(turn);
        }
    }

    private void chose(String id, DraftSection rewriting, Turn turn) {
        DraftSection target = id.startsWith(REWRITE) ? DraftSection.fromId(id.substring(REWRITE.length())) : null;
        if (id.equals(APPROVE) && rewriting == null) {
            turn.fire(SupportEvent.DRAFT_APPROVED.name());
        } else if (id.equals(SIGN_AGAIN) && rewriting == null) {
            turn.fire(SupportEvent.BACK.name());
        } else if (target != null) {
            turn.update(d -> d.withStep(id));
            prompt(turn);
        } else if (id.equals(REGENERATE) && rewriting != null) {
            turn.update(d -> d.withAnswer(rewriting.answerKey(), null).withStep(REVIEWING));
            turn.say(turn.t("review.regenerated"));
            prompt(turn);
        } else if (id.equals(KEEP)) {
            turn.update(d -> d.withStep(REVIEWING));
            prompt(turn);
        } else {
            prompt(turn);
        }
    }

    @Override
    public void back(Turn turn) {
        if (rewriting(turn) != null) {
            turn.update(d -> d.withStep(REVIEWING));
            prompt(turn);
        } else {
            turn.fire(SupportEvent.BACK.name());
        }
    }

    private void askRewrite(DraftSection section, Turn turn) {
        String current = draft(turn).section(section);
        turn.say(new Reply(turn.t("review.rewrite.ask", turn.t("review.section." + section.id()), current),
                List.of(new Choice(KEEP, turn.t("review.keep")), new Choice(REGENERATE, turn.t("review.regenerate"))),
                List.of(), List.of(), Expects.TEXT));
    }

    /** The section being rewritten, or null while the whole draft is under review. */
    private static DraftSection rewriting(Turn turn) {
        String step = turn.data().step();
        return step.startsWith(REWRITE) ? DraftSection.fromId(step.substring(REWRITE.length())) : null;
    }

    private DraftEmail draft(Turn turn) {
        return services.drafts().build(services.problem(turn), turn.data());
    }
}
