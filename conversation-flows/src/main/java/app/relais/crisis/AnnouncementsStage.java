package app.relais.crisis;

import app.relais.conversation.Choice;
import app.relais.conversation.Inbound;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import java.util.List;

/**
 * ANNOUNCEMENTS: the texts to post on the other platforms, filled from the business profile, in
 * each language the business speaks, one message each with a copy button where the channel has
 * one. Then the kit asks whether the first one is out, so that the timeline counts it as done
 * instead of scheduling it.
 */
final class AnnouncementsStage implements Stage {

    static final String PUBLISHED = "crisis:published";
    static final String LATER = "crisis:later";

    private final CrisisServices services;
    private final Announcements announcements;

    AnnouncementsStage(CrisisServices services) {
        this.services = services;
        this.announcements = new Announcements(services);
    }

    @Override
    public void enter(Turn turn) {
        turn.say(turn.t("crisis.announce.intro"));
        if (announcements.noContact()) {
            Reply warning = Reply.text(turn.t("crisis.announce.no-contact"));
            turn.say(services.links().to("/admin/profile.html", turn.key())
                    .map(url -> warning.withLinks(List.of(new Link(turn.t("crisis.profile.link"), url)))).orElse(warning));
        }
        for (Announcements.Kind kind : Announcements.Kind.values()) {
            say(kind, turn);
        }
        prompt(turn);
    }

    /** The texts again: saying them changes nothing. */
    @Override
    public void recap(Turn turn) {
        enter(turn);
    }

    /** One text in each of the business's languages, each to copy as it is. */
    void say(Announcements.Kind kind, Turn turn) {
        for (String language : announcements.languages()) {
            turn.say(Reply.text(announcements.text(kind, language)).withCopyable());
        }
    }

    @Override
    public void prompt(Turn turn) {
        turn.say(Reply.choose(turn.t("crisis.announce.next"), List.of(
                new Choice(PUBLISHED, turn.t("crisis.choice.published")),
                new Choice(LATER, turn.t("crisis.choice.later")),
                CrisisKitFlow.back(turn))));
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(PUBLISHED)) {
            turn.update(d -> d.withAnswer(TimelineStage.done(TimelineStep.SOCIAL_POST), turn.now().toString()));
            turn.fire(CrisisEvent.NEXT.name());
        } else if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(LATER)) {
            turn.fire(CrisisEvent.NEXT.name());
        } else {
            turn.notUnderstood();
            prompt(turn);
        }
    }
}
