package app.relais.crisis;

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

    /** After the texts, the same "next / back" question as the other informative stages. */
    private final InfoStage moveOn = new InfoStage("crisis.announce.next", "crisis.choice.to-timeline");

    @Override
    public void enter(Turn turn) {
        turn.say(turn.t("crisis.announce.intro"));
        for (String key : TEXTS) {
            turn.say(Messages.of("fr").get(key));
            turn.say(Messages.of("en").get(key));
        }
        prompt(turn);
    }

    /** The texts again: saying them changes nothing. */
    @Override
    public void recap(Turn turn) {
        enter(turn);
    }

    @Override
    public void prompt(Turn turn) {
        moveOn.prompt(turn);
    }

    @Override
    public void handle(Turn turn) {
        moveOn.handle(turn);
    }
}
