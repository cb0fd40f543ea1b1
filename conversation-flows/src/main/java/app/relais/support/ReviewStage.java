package app.relais.support;

import app.relais.conversation.Choice;
import app.relais.conversation.Expects;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.drafting.DraftEmail;
import app.relais.drafting.DraftSection;
import app.relais.drafting.DraftBuilder;
import app.relais.engine.Turn;
import app.relais.offscript.Awaiting;
import app.relais.offscript.Intent;
import app.relais.offscript.IntentAction;
import app.relais.offscript.Pending;
import java.util.ArrayList;
import java.util.List;

/**
 * REVIEW: the whole draft, then any section rewritten by the user (kept exactly as typed, spelling
 * included) or given back to Relais, and the email's language switched. Typed sentences are
 * understood ({@link DraftEdits}: "ajoute que j’ai porté plainte", "change l’impact : …") or
 * answered with the parts that can be changed; never ignored, never the whole draft again for nothing.
 */
final class ReviewStage implements Pending {

    static final String APPROVE = "approve";
    static final String REWRITE = "rewrite:";
    static final String REGENERATE = "regenerate";
    static final String KEEP = "keep";
    /** The signature is not a section: it is asked in SIGNATURE, which this button goes back to. */
    static final String SIGN_AGAIN = "signature";
    private static final String REVIEWING = "review";

    private final SupportServices services;
    private final DraftEdits edits = new DraftEdits();

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
        turn.say(Reply.text(DraftText.render(draft(turn))).withCopyable());
        turn.say(Reply.choose(turn.t("review.ask"), choices(turn)));
    }

    /** The question and its buttons, without the draft: after an answer that changed nothing. */
    @Override
    public void reask(Turn turn) {
        if (rewriting(turn) != null) {
            prompt(turn);
        } else {
            turn.say(Reply.choose(turn.t("offscript.review.ask"), choices(turn)));
        }
    }

    @Override
    public Awaiting awaiting(Turn turn) {
        return Awaiting.FREE_TEXT;
    }

    /** "oui", "ok" to "validez-la" approve the draft as it is. */
    @Override
    public boolean react(Intent intent, Turn turn) {
        if (intent.action() != IntentAction.YES || rewriting(turn) != null) {
            return false;
        }
        turn.fire(SupportEvent.DRAFT_APPROVED.name());
        return true;
    }

    private List<Choice> choices(Turn turn) {
        DraftEmail draft = draft(turn);
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
        return choices;
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
        } else if (turn.inbound() instanceof Inbound.Text text && !text.text().isBlank()) {
            typed(text.text(), turn);
        } else {
            reask(turn);
        }
    }

    /** A sentence typed at the review: an edit it asks for, or the parts that can be changed. */
    private void typed(String text, Turn turn) {
        DraftEdits.Edit edit = edits.read(text);
        if (edit instanceof DraftEdits.Add add) {
            String rewritten = turn.data().answer(DraftSection.FACTS.answerKey());
            String key = rewritten != null ? DraftSection.FACTS.answerKey() : DraftBuilder.FACTS;
            String story = turn.data().answer(key);
            turn.update(d -> d.withAnswer(key, story == null || story.isBlank() ? add.text()
                    : DraftEdits.sentence(story.strip()) + " " + add.text()));
            turn.say(turn.t("offscript.review.added", add.text()));
            prompt(turn);
        } else if (edit instanceof DraftEdits.Replace replace && replace.section() != DraftSection.IDENTIFIERS) {
            replace(replace.section(), replace.text(), turn);
            turn.say(turn.t("offscript.review.replaced", turn.t("review.section." + replace.section().id())));
            prompt(turn);
        } else if (edit instanceof DraftEdits.Open open && open.section() != DraftSection.IDENTIFIERS) {
            turn.update(d -> d.withStep(REWRITE + open.section().id()));
            prompt(turn);
        } else if (edit != null) {
            turn.say(turn.t("offscript.review.identifiers"));
            reask(turn);
        } else {
            turn.say(turn.t("offscript.review.parts", String.join(", ", parts(turn))));
            reask(turn);
        }
    }

    /**
     * A part replaced from a typed sentence: the answer it is drafted from when it has one (the
     * impact, the facts, the outcome), so the draft keeps its wording around it; else the part itself.
     */
    private static void replace(DraftSection section, String text, Turn turn) {
        String source = switch (section) {
            case FACTS -> DraftBuilder.FACTS;
            case IMPACT -> DraftBuilder.IMPACT;
            case OUTCOME -> DraftBuilder.OUTCOME;
            default -> null;
        };
        turn.update(d -> {
            var changed = d.withAnswer(section.answerKey(), source == null ? text : null);
            if (section == DraftSection.OUTCOME) {
                changed = changed.withAnswer(DraftBuilder.OUTCOME_CHOICE, null);
            }
            return source == null ? changed : changed.withAnswer(source, text);
        });
    }

    /** The parts of this draft, as the buttons name them. */
    private List<String> parts(Turn turn) {
        DraftEmail draft = draft(turn);
        List<String> parts = new ArrayList<>();
        for (DraftSection section : DraftSection.values()) {
            if (!draft.section(section).isBlank()) {
                parts.add(turn.t("review.section." + section.id()));
            }
        }
        return parts;
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
