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

/**
 * NEWS, the business flow's welcome: what is down, since when, what the business said (nothing
 * without an incident), how else to reach it (only what its profile gives), and what to do here. No end time unless the admin
 * gave one. A typed sentence is a question for the FAQ; the last button leads to the
 * support-request flow, so nobody is locked in here.
 */
final class NewsStage implements Pending {

    private final OutageServices services;

    NewsStage(OutageServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        turn.update(d -> d.withStep("news").withAnswer(OutageChoices.MISSES, null));
        String news = news(turn);
        if (!news.isEmpty()) {
            turn.say(news);
        }
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        List<Choice> choices = new ArrayList<>();
        if (!services.faq().active(services.board().anyOpen()).isEmpty()) {
            choices.add(OutageChoices.ask(turn));
        }
        choices.add(OutageChoices.write(turn));
        choices.add(HandoffHook.button(turn));
        choices.add(OutageChoices.platform(turn));
        turn.say(new Reply(turn.t("outage.news.what-next"), choices, List.of(), List.of(), Expects.TEXT));
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Text text) {
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
        if (!open.isEmpty()) {
            text.append(turn.t("outage.news.heading"));
            for (Incident incident : open) {
                text.append("\n\n").append(turn.t("outage.news.item",
                        services.board().label(incident.channel(), locale),
                        turn.t("outage.status." + incident.status().wireName()),
                        services.time(incident.openedAt(), locale, true),
                        incident.message().in(locale),
                        services.time(incident.lastUpdateAt(), locale, false)));
                text.append("\n").append(incident.expectedResolution() == null ? turn.t("outage.news.no-promise")
                        : turn.t("outage.news.expected", services.time(incident.expectedResolution(), locale, true)));
            }
        }
        BusinessTexts.reach(services.profile(), turn.texts())
                .ifPresent(reach -> text.append(text.isEmpty() ? "" : "\n\n").append(reach));
        return text.toString();
    }

    @Override
    public Awaiting awaiting(Turn turn) {
        return Awaiting.FREE_TEXT;
    }
}
