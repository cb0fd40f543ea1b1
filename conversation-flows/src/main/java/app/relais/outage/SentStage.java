package app.relais.outage;

import app.relais.conversation.Choice;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.engine.Turn;
import app.relais.offscript.Awaiting;
import app.relais.offscript.Pending;
import java.util.ArrayList;
import java.util.List;

/**
 * SENT: the request is with the team. While the ticket is open the hand-off hook forwards what
 * the customer types; once it is closed, a new sentence is a new question for the FAQ.
 */
final class SentStage implements Pending {

    private final OutageServices services;

    SentStage(OutageServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        turn.say(turn.t("outage.request.sent", turn.data().answer(RequestStage.TICKET),
                turn.data().answer(RequestStage.CONTACT)));
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        List<Choice> choices = new ArrayList<>(List.of(OutageChoices.ask(turn)));
        if (services.board().anyOpen()) {
            choices.add(OutageChoices.news(turn));
        }
        turn.say(Reply.choose(turn.t("outage.sent.what-next"), choices));
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Text text) {
            turn.update(d -> d.withAnswer(OutageChoices.QUESTION, text.text().strip()).withAnswer(OutageChoices.MISSES, null));
            turn.fire(OutageEvent.ASK.name());
        } else if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(OutageChoices.ASK)) {
            turn.update(d -> d.withAnswer(OutageChoices.QUESTION, null));
            turn.fire(OutageEvent.ASK.name());
        } else if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(OutageChoices.NEWS)) {
            turn.fire(OutageEvent.NEWS.name());
        } else {
            prompt(turn);
        }
    }

    @Override
    public Awaiting awaiting(Turn turn) {
        return Awaiting.FREE_TEXT;
    }
}
