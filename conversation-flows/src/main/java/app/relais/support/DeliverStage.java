package app.relais.support;

import app.relais.catalog.Problem;
import app.relais.catalog.SupportChannel;
import app.relais.conversation.Choice;
import app.relais.conversation.Inbound;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import app.relais.drafting.DraftEmail;
import app.relais.drafting.Mailto;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * DELIVER: the request as text to copy (into the official form as well as an email), the official
 * channel again, a mailto: link when an address exists, and the delay to expect.
 */
final class DeliverStage implements Stage {

    static final String SENT = "sent";
    static final String NEW_REQUEST = "cmd:restart";

    private final SupportServices services;

    DeliverStage(SupportServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        Problem problem = services.problem(turn);
        DraftEmail draft = services.drafts().build(problem, turn.data(), turn.texts());
        turn.say(turn.t("deliver.intro"));
        turn.say(DraftText.render(draft, turn.texts()));
        var locale = turn.texts().locale();
        List<Link> links = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        problem.officialChannel().ifPresent(official -> {
            where.append(turn.t("deliver.official", official.label().in(locale)));
            if (official.path() != null) {
                where.append('\n').append(turn.t("advice.path", official.path().in(locale)));
            }
            if (official.url() != null) {
                links.add(new Link(official.label().in(locale), official.url()));
            }
        });
        for (SupportChannel email : problem.emailChannels()) {
            Mailto.Link mailto = Mailto.of(email.address(), draft.subject(), draft.body(), turn.t("deliver.mailto.shortened"));
            links.add(new Link(turn.t("deliver.mailto", email.address()), mailto.url()));
            where.append("\n\n").append(AdviceStage.emailAdvice(email, turn));
            if (mailto.shortened()) {
                where.append("\n").append(turn.t("deliver.mailto.shortened.note"));
            }
        }
        if (!draft.attachmentNames().isEmpty()) {
            where.append("\n\n").append(turn.t("deliver.attach", String.join(", ", draft.attachmentNames())));
        }
        turn.say(Reply.text(where.toString().strip()).withLinks(links));
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        turn.say(Reply.choose(turn.t("deliver.ask"), List.of(
                new Choice(SENT, turn.t("deliver.sent")),
                Choices.back(turn),
                new Choice(NEW_REQUEST, turn.t("deliver.new")))));
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(SENT)) {
            turn.update(d -> d.withSentAt(turn.now()));
            turn.fire(SupportEvent.REQUEST_SENT.name());
        } else {
            prompt(turn);
        }
    }
}
