package app.relais.crisis;

import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import app.relais.i18n.Messages;
import java.util.List;

/**
 * ANNOUNCEMENTS: the texts to post on the other platforms, each in French and in English whatever
 * the manager's language (their audience may read either), one message each so they can be
 * copied. Placeholders in brackets are for the manager to fill; no text promises a time.
 */
final class AnnouncementsStage implements Stage {

    private static final List<String> TEXTS = List.of("crisis.announce.first", "crisis.announce.update",
            "crisis.announce.resolved");

    @Override
    public void enter(Turn turn) {
        turn.say(turn.t("crisis.announce.intro"));
        for (String key : TEXTS) {
            turn.say(Messages.of("fr").get(key));
            turn.say(Messages.of("en").get(key));
        }
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        turn.say(Reply.choose(turn.t("crisis.announce.next"), List.of(
                CrisisKitFlow.next(turn, "crisis.choice.to-timeline"), CrisisKitFlow.back(turn))));
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(CrisisKitFlow.NEXT)) {
            turn.fire(CrisisEvent.NEXT.name());
        } else {
            turn.misunderstood();
            prompt(turn);
        }
    }
}
