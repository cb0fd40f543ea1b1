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
import java.util.Locale;
import java.util.Optional;

/**
 * FAQ: answers from the business's FAQ (the entries active now), matched from what the customer
 * types or picked from buttons, filled from the business profile. A question it cannot answer
 * offers, once, to send it to the team or to talk to a person, and, when it reads like a problem
 * with the customer's own account on a platform, the support-request flow; the next misses in a
 * row only offer to send the question. The incident's banner is never repeated here.
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
        List<FaqEntry> active = services.faq().active(services.board().anyOpen());
        active.stream().limit(BUTTONS).forEach(e -> choices.add(OutageChoices.faq(e, turn)));
        choices.add(OutageChoices.write(turn));
        if (services.board().anyOpen()) {
            choices.add(OutageChoices.news(turn));
        }
        String ask = active.isEmpty() ? turn.t("outage.faq.none") : turn.t("outage.faq.ask");
        turn.say(new Reply(ask, choices, List.of(), List.of(), Expects.TEXT));
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Text text) {
            turn.update(d -> d.withAnswer(OutageChoices.QUESTION, text.text().strip()));
            answer(text.text(), turn);
        } else if (turn.inbound() instanceof Inbound.Choice choice) {
            chose(choice.choiceId(), turn);
        } else {
            turn.say(turn.t("outage.news.files"));
            prompt(turn);
        }
    }

    private void chose(String id, Turn turn) {
        Optional<FaqEntry> picked = id.startsWith(OutageChoices.FAQ)
                ? services.faq().byId(id.substring(OutageChoices.FAQ.length())) : Optional.empty();
        if (picked.isPresent()) {
            turn.update(d -> d.withAnswer(OutageChoices.QUESTION, null));
            Optional<String> answer = services.faq().answer(picked.get(), turn.texts().locale());
            if (answer.isPresent()) {
                services.record(turn, Activity.Kind.FAQ_HIT, picked.get().id(), null);
                show(picked.get(), answer.get(), turn);
            } else {
                miss(picked.get().question().in(turn.texts().locale()), turn);
            }
        } else if (id.equals(OutageChoices.WRITE)) {
            turn.fire(OutageEvent.WRITE.name());
        } else if (id.equals(OutageChoices.NEWS)) {
            turn.fire(OutageEvent.NEWS.name());
        } else if (id.equals(OutageChoices.OTHER)) {
            // The question read like a problem with the customer's own account: the triage reads it again.
            String question = turn.data().answer(OutageChoices.QUESTION);
            if (question == null) {
                turn.switchTo("support-request");
            } else {
                turn.handOver("support-request", new Inbound.Text(turn.key(), question, turn.inbound().locale()));
            }
        } else if (id.equals(OutageChoices.SOLVED)) {
            turn.update(d -> d.withAnswer(OutageChoices.QUESTION, null));
            turn.say(turn.t("outage.faq.glad"));
            prompt(turn);
        } else {
            prompt(turn);
        }
    }

    private void answer(String question, Turn turn) {
        Locale locale = turn.texts().locale();
        Optional<Faq.Match> found = services.faq().match(question, services.board().anyOpen());
        Optional<String> answer = found.flatMap(m -> services.faq().answer(m.entry(), locale));
        if (answer.isPresent()) {
            services.record(turn, Activity.Kind.FAQ_HIT, found.get().entry().id(), null);
            show(found.get().entry(), answer.get(), turn);
        } else {
            miss(question, turn);
        }
    }

    private void miss(String question, Turn turn) {
        VisitorRouter.Route route = services.router().route(question, services.board().anyOpen()).route();
        if (route == VisitorRouter.Route.HUMAN) {
            // "Je veux parler à un conseiller" is no question for the FAQ: a person is asked for.
            services.human().requestHuman(turn, question, turn.t("outage.route.summary.faq"));
            return;
        }
        services.record(turn, Activity.Kind.FAQ_MISS, null, question);
        String counted = turn.data().answer(OutageChoices.MISSES);
        int misses = counted == null ? 1 : Integer.parseInt(counted) + 1;
        turn.update(d -> d.withAnswer(OutageChoices.MISSES, Integer.toString(misses)));
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(OutageChoices.WRITE, turn.t("outage.faq.send-question")));
        if (misses > 1) {
            turn.say(new Reply(turn.t("outage.faq.no-match.again"), choices, List.of(), List.of(), Expects.TEXT));
            return;
        }
        choices.add(HandoffHook.button(turn));
        if (route == VisitorRouter.Route.PLATFORM) {
            choices.add(new Choice(OutageChoices.OTHER, turn.t("outage.faq.platform")));
        }
        turn.say(new Reply(turn.t("outage.faq.no-match"), choices, List.of(), List.of(), Expects.TEXT));
    }

    private void show(FaqEntry entry, String answer, Turn turn) {
        turn.update(d -> d.withAnswer(OutageChoices.MISSES, null));
        turn.say(Reply.choose(entry.question().in(turn.texts().locale()) + "\n\n" + answer, List.of(
                new Choice(OutageChoices.SOLVED, turn.t("outage.faq.solved")),
                OutageChoices.write(turn),
                HandoffHook.button(turn))));
    }

    @Override
    public Awaiting awaiting(Turn turn) {
        return Awaiting.FREE_TEXT;
    }
}
