package app.relais.support;

import app.relais.catalog.DelayEstimate;
import app.relais.catalog.Problem;
import app.relais.catalog.SupportChannel;
import app.relais.conversation.Choice;
import app.relais.conversation.Inbound;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import app.relais.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ADVICE: the honest answer to "where do I send this?". The official channel comes first with why;
 * an email address the platform does not document is offered beside it and said to be unofficial;
 * the anti-scam warning follows, because hacked and banned users are the favourite prey of fake
 * "recovery services".
 */
final class AdviceStage implements Stage {

    static final String START = "start-dossier";
    static final String WHY = "why-not-email";

    private final SupportServices services;

    AdviceStage(SupportServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        Problem problem = services.problem(turn);
        Locale locale = turn.texts().locale();
        List<Link> links = new ArrayList<>();
        StringBuilder official = new StringBuilder(turn.t("advice.official.heading"));
        for (SupportChannel channel : problem.channels()) {
            if (channel.isEmail()) {
                continue;
            }
            official.append("\n\n• ").append(channel.label().in(locale)).append('\n').append(channel.why().in(locale));
            if (channel.path() != null) {
                official.append('\n').append(turn.t("advice.path", channel.path().in(locale)));
            }
            if (channel.url() != null) {
                links.add(new Link(channel.label().in(locale), channel.url()));
            }
        }
        turn.say(Reply.text(official.toString()).withLinks(links));
        if (problem.emailChannels().isEmpty()) {
            // Honesty: no address is known for this problem, so say so instead of leaving the question open.
            turn.say(turn.t("advice.email.none", problem.whyEmail().in(locale)));
        }
        problem.emailChannels().forEach(email -> turn.say(emailAdvice(email, turn)));
        turn.say(turn.t("advice.scam", services.catalog().platform(problem.platform()).orElseThrow().label().in(locale)));
        prompt(turn);
    }

    /** The channels and the warning again: saying them changes nothing. */
    @Override
    public void recap(Turn turn) {
        enter(turn);
    }

    static String emailAdvice(SupportChannel email, Turn turn) {
        String status = email.official() ? turn.t("advice.email.official") : turn.t("advice.email.unofficial");
        String delay = email.delay() == null ? turn.t("advice.delay.unknown") : delay(email.delay(), turn.texts());
        return turn.t("advice.email", email.address(), status, email.why().in(turn.texts().locale()), delay);
    }

    static String delay(DelayEstimate delay, Messages texts) {
        if (delay.maxHours() >= 72) {
            return texts.get("delay.days", Math.round(delay.minHours() / 24.0), Math.round(delay.maxHours() / 24.0));
        }
        return texts.get("delay.hours", delay.minHours(), delay.maxHours());
    }

    @Override
    public void prompt(Turn turn) {
        turn.say(Reply.choose(turn.t("advice.prompt"), List.of(
                new Choice(START, turn.t("advice.start")),
                new Choice(WHY, turn.t("advice.why")),
                Choices.back(turn))));
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(START)) {
            turn.fire(SupportEvent.DOSSIER_STARTED.name());
        } else if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(WHY)) {
            turn.say(turn.t("advice.why.answer") + "\n\n" + services.problem(turn).whyEmail().in(turn.texts().locale()));
            prompt(turn);
        } else if (turn.inbound() instanceof Inbound.Attachment files) {
            EarlyFiles.keep(turn, files.fileIds());
            turn.say(turn.t("triage.file-too-early"));
            prompt(turn);
        } else {
            prompt(turn);
        }
    }
}
