package app.relais.outage;

import app.relais.conversation.Choice;
import app.relais.conversation.Expects;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.engine.Turn;
import app.relais.offscript.Awaiting;
import app.relais.offscript.Pending;
import app.relais.handoff.HandoffHook;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * FAQ: answers from the business's FAQ, matched from what the customer types or picked from
 * buttons. A question the FAQ does not cover is a misunderstanding: the customer is offered to
 * write to the team, and a human after three in a row.
 */
final class FaqStage implements Pending {

    private static final int BUTTONS = 5;

    private final OutageServices services;

    FaqStage(OutageServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        turn.update(d -> d.withStep("faq"));
        String pending = turn.data().answer(OutageChoices.QUESTION);
        if (pending != null) {
            answer(pending, turn);
        } else {
            prompt(turn);
        }
    }

    @Override
    public void prompt(Turn turn) {
        List<Choice> choices = new ArrayList<>();
        services.faq().entries().stream().limit(BUTTONS).forEach(e -> choices.add(OutageChoices.faq(e, turn)));
        choices.add(OutageChoices.write(turn));
        choices.add(OutageChoices.news(turn));
        turn.say(new Reply(turn.t("outage.faq.ask"), choices, List.of(), List.of(), Expects.TEXT));
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Text text) {
            turn.update(d -> d.withAnswer(OutageChoices.QUESTION, text.text().strip()));
            answer(text.text(), turn);
        } else if (turn.inbound() instanceof Inbound.Choice choice) {
            String id = choice.choiceId();
            Optional<FaqEntry> picked = id.startsWith(OutageChoices.FAQ)
                    ? services.faq().byId(id.substring(OutageChoices.FAQ.length())) : Optional.empty();
            if (picked.isPresent()) {
                turn.update(d -> d.withAnswer(OutageChoices.QUESTION, null));
                show(picked.get(), turn);
            } else if (id.equals(OutageChoices.WRITE)) {
                turn.fire(OutageEvent.WRITE.name());
            } else if (id.equals(OutageChoices.NEWS)) {
                turn.fire(OutageEvent.NEWS.name());
            } else if (id.equals(OutageChoices.SOLVED)) {
                turn.update(d -> d.withAnswer(OutageChoices.QUESTION, null));
                turn.say(turn.t("outage.faq.glad"));
                prompt(turn);
            } else {
                prompt(turn);
            }
        } else {
            turn.say(turn.t("outage.news.files"));
            prompt(turn);
        }
    }

    private void answer(String question, Turn turn) {
        Optional<FaqEntry> found = services.faq().match(question, turn.texts().locale());
        if (found.isPresent()) {
            show(found.get(), turn);
            return;
        }
        turn.misunderstood();
        List<Choice> choices = new ArrayList<>();
        services.faq().entries().stream().limit(BUTTONS).forEach(e -> choices.add(OutageChoices.faq(e, turn)));
        choices.add(OutageChoices.write(turn));
        choices.add(HandoffHook.button(turn));
        turn.say(new Reply(turn.t("outage.faq.no-match"), choices, List.of(), List.of(), Expects.TEXT));
    }

    private void show(FaqEntry entry, Turn turn) {
        var locale = turn.texts().locale();
        turn.say(Reply.choose(entry.question().in(locale) + "\n\n" + entry.answer().in(locale), List.of(
                new Choice(OutageChoices.SOLVED, turn.t("outage.faq.solved")),
                OutageChoices.write(turn),
                HandoffHook.button(turn))));
    }

    @Override
    public Awaiting awaiting(Turn turn) {
        return Awaiting.FREE_TEXT;
    }
}
