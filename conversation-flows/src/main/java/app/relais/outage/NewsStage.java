package app.relais.outage;

import app.relais.conversation.Choice;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.engine.Turn;
import app.relais.offscript.Awaiting;
import app.relais.offscript.Pending;
import app.relais.handoff.HandoffHook;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * NEWS: what is down, since when, what the business said, and how else to reach it. No end time
 * unless the admin gave one. A typed sentence is taken as a question for the FAQ.
 */
final class NewsStage implements Pending {

    private final OutageServices services;

    NewsStage(OutageServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        turn.update(d -> d.withStep("news"));
        turn.say(news(turn));
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        List<Choice> choices = new ArrayList<>();
        choices.add(OutageChoices.ask(turn));
        choices.add(OutageChoices.write(turn));
        choices.add(HandoffHook.button(turn));
        choices.add(new Choice(OutageChoices.OTHER, turn.t("outage.choice.other")));
        turn.say(Reply.choose(turn.t("outage.news.what-next"), choices));
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Text text) {
            // A first message typed at once (no news shown yet) still learns what is going on.
            services.board().notice(turn.texts().locale()).ifPresent(turn::say);
            turn.update(d -> d.withAnswer(OutageChoices.QUESTION, text.text().strip()));
            turn.fire(OutageEvent.ASK.name());
        } else if (turn.inbound() instanceof Inbound.Choice choice) {
            String id = choice.choiceId();
            if (id.equals(OutageChoices.ASK)) {
                turn.update(d -> d.withAnswer(OutageChoices.QUESTION, null));
                turn.fire(OutageEvent.ASK.name());
            } else if (id.equals(OutageChoices.WRITE)) {
                turn.fire(OutageEvent.WRITE.name());
            } else if (id.equals(OutageChoices.OTHER)) {
                turn.switchTo("support-request");
            } else {
                prompt(turn);
            }
        } else {
            turn.say(turn.t("outage.news.files"));
            prompt(turn);
        }
    }

    @Override
    public void back(Turn turn) {
        turn.say(turn.t("command.back.at-start"));
        prompt(turn);
    }

    private String news(Turn turn) {
        Locale locale = turn.texts().locale();
        List<Incident> open = services.board().open();
        StringBuilder text = new StringBuilder();
        if (open.isEmpty()) {
            text.append(turn.t("outage.news.none"));
        } else {
            text.append(turn.t("outage.news.heading"));
            for (Incident incident : open) {
                text.append("\n\n").append(turn.t("outage.news.item",
                        services.board().label(incident.channel(), locale),
                        turn.t("outage.status." + incident.status().wireName()),
                        services.time(incident.openedAt(), locale),
                        incident.message().in(locale),
                        services.time(incident.lastUpdateAt(), locale)));
                text.append("\n").append(incident.expectedResolution() == null ? turn.t("outage.news.no-promise")
                        : turn.t("outage.news.expected", services.time(incident.expectedResolution(), locale)));
            }
        }
        BusinessProfile business = services.board().business();
        text.append("\n\n").append(business.phone() == null
                ? turn.t("outage.news.reach-email", business.email())
                : turn.t("outage.news.reach", business.email(), business.phone()));
        return text.toString();
    }

    @Override
    public Awaiting awaiting(Turn turn) {
        return Awaiting.FREE_TEXT;
    }
}
