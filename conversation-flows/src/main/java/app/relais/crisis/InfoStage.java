package app.relais.crisis;

import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import java.util.List;

/** A stage that shows one text and moves on when asked (SERVICES: what the outage affects). */
final class InfoStage implements Stage {

    private final String textKey;
    private final String nextLabelKey;

    InfoStage(String textKey, String nextLabelKey) {
        this.textKey = textKey;
        this.nextLabelKey = nextLabelKey;
    }

    @Override
    public void enter(Turn turn) {
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        turn.say(Reply.choose(turn.t(textKey), List.of(CrisisKitFlow.next(turn, nextLabelKey), CrisisKitFlow.back(turn))));
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(CrisisKitFlow.NEXT)) {
            turn.fire(CrisisEvent.NEXT.name());
        } else {
            turn.notUnderstood();
            prompt(turn);
        }
    }
}
