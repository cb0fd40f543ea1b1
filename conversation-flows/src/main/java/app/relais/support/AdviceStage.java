package app.relais.support;

import app.relais.catalog.AfterRefusal;
import app.relais.catalog.DelayEstimate;
import app.relais.catalog.Problem;
import app.relais.catalog.SupportChannel;
import app.relais.conversation.Choice;
import app.relais.conversation.Inbound;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import app.relais.engine.Turn;
import app.relais.offscript.Awaiting;
import app.relais.offscript.Pending;
import app.relais.offscript.Intent;
import app.relais.offscript.IntentAction;
import app.relais.i18n.Messages;
import app.relais.triage.AppealReader;
import app.relais.triage.AppealReader.Answer;
import app.relais.triage.AppealReader.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ADVICE: the honest answer to "where do I send this?". The official channel comes first with why;
 * an email address the platform does not document is offered beside it and said to be unofficial;
 * the anti-scam warning follows, because hacked and banned users are the favourite prey of fake
 * "recovery services".
 *
 * <p>When the official path can refuse (the problem's {@code after_refusal}), the stage first asks
 * whether it was already tried, unless the first sentence said so ("ma demande de réexamen a été
 * refusée"): nobody is sent back to an appeal that already said no. A refusal gets what it means
 * and what remains; a pending appeal gets what to do while waiting.
 */
final class AdviceStage implements Pending {

    static final String START = "start-dossier";
    static final String WHY = "why-not-email";
    /** Where the person stands with the problem's appeal: a {@link Status} name, lower case (the letter may use it). */
    static final String APPEAL = "appeal.status";
    static final String APPEAL_CHOICE = "appeal:";

    private static final String ASKED = "appeal";
    private static final String OUTCOME = "appeal-outcome";
    private static final String ADVISED = "advised";
    /** After a bare "yes", the follow-up asks whether the answer came: "no" then means still waiting. */
    private static final Map<Answer, Status> TO_APPEAL = Map.of(Answer.REFUSED, Status.REFUSED,
            Answer.PENDING, Status.PENDING, Answer.NOT_YET, Status.NOT_YET, Answer.UNSURE, Status.NOT_YET);
    private static final Map<Answer, Status> TO_OUTCOME = Map.of(Answer.REFUSED, Status.REFUSED,
            Answer.PENDING, Status.PENDING, Answer.NOT_YET, Status.PENDING, Answer.UNSURE, Status.PENDING,
            Answer.YES, Status.REFUSED);

    private final SupportServices services;
    private final AppealReader appeals;

    AdviceStage(SupportServices services) {
        this.services = services;
        this.appeals = new AppealReader(services.catalog());
    }

    @Override
    public void enter(Turn turn) {
        Problem problem = services.problem(turn);
        if (problem.refusal().isEmpty()) {
            advise(turn, Status.NOT_YET);
            return;
        }
        Optional<Status> known = parse(turn.data().answer(APPEAL));
        Optional<Status> said = parse(turn.data().answer(TriageStage.APPEAL_SAID));
        if (known.isPresent()) {
            advise(turn, known.get());
        } else if (said.isPresent()) {
            turn.say(turn.t("advice.appeal.said." + name(said.get())));
            record(turn, said.get());
        } else {
            turn.update(d -> d.withStep(ASKED));
            prompt(turn);
        }
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
        String step = turn.data().step();
        if (step.equals(ASKED)) {
            AfterRefusal refusal = services.problem(turn).refusal().orElseThrow();
            turn.say(Reply.choose(refusal.question().in(turn.texts().locale()), List.of(
                    appealChoice(Status.NOT_YET, "advice.appeal.not-yet", turn),
                    appealChoice(Status.PENDING, "advice.appeal.pending", turn),
                    appealChoice(Status.REFUSED, "advice.appeal.refused", turn),
                    Choices.back(turn))));
        } else if (step.equals(OUTCOME)) {
            turn.say(Reply.choose(turn.t("advice.appeal.outcome"), List.of(
                    appealChoice(Status.PENDING, "advice.appeal.outcome.pending", turn),
                    appealChoice(Status.REFUSED, "advice.appeal.refused", turn))));
        } else {
            turn.say(Reply.choose(turn.t("advice.prompt"), List.of(
                    new Choice(START, turn.t("advice.start")),
                    new Choice(WHY, turn.t("advice.why")),
                    Choices.back(turn))));
        }
    }

    @Override
    public void handle(Turn turn) {
        String step = turn.data().step();
        if (turn.inbound() instanceof Inbound.Attachment files) {
            EarlyFiles.keep(turn, files.fileIds());
            turn.say(turn.t("triage.file-too-early"));
            prompt(turn);
        } else if (step.equals(ASKED) || step.equals(OUTCOME)) {
            answer(turn, step.equals(OUTCOME));
        } else if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(START)) {
            turn.fire(SupportEvent.DOSSIER_STARTED.name());
        } else if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(WHY)) {
            turn.say(turn.t("advice.why.answer") + "\n\n" + services.problem(turn).whyEmail().in(turn.texts().locale()));
            prompt(turn);
        } else if (turn.inbound() instanceof Inbound.Text text) {
            // "en fait c'est déjà refusé", typed after the advice: the advice that fits replaces it.
            laterNews(text.text(), turn).ifPresentOrElse(status -> record(turn, status), () -> {
                List<String> kept = EarlyDetails.keep(text.text(), services.problem(turn), services, turn);
                if (kept.isEmpty()) {
                    turn.notUnderstood();
                } else {
                    turn.say(turn.t("advice.kept", String.join("\n", kept)));
                }
                prompt(turn);
            });
        } else {
            prompt(turn);
        }
    }

    /**
     * The answer to the appeal question (or, after a bare "yes", to whether the answer came), by
     * button or in words; anything else asks again.
     */
    private void answer(Turn turn, boolean outcome) {
        Optional<Status> status = Optional.empty();
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().startsWith(APPEAL_CHOICE)) {
            status = parse(choice.choiceId().substring(APPEAL_CHOICE.length()));
        } else if (turn.inbound() instanceof Inbound.Text text) {
            Optional<Answer> answer = appeals.answer(text.text());
            if (!outcome && answer.equals(Optional.of(Answer.YES))) {
                turn.update(d -> d.withStep(OUTCOME));
                prompt(turn);
                return;
            }
            status = answer.map((outcome ? TO_OUTCOME : TO_APPEAL)::get);
            if (!outcome && answer.equals(Optional.of(Answer.UNSURE))) {
                turn.say(turn.t("advice.appeal.unsure"));
            }
            if (status.isEmpty()) {
                turn.misunderstood();
                turn.say(turn.t("advice.appeal.not-understood"));
            }
        }
        status.ifPresentOrElse(s -> record(turn, s), () -> prompt(turn));
    }

    /** A refusal or a pending appeal mentioned once the advice was given, when it changes the advice. */
    private Optional<Status> laterNews(String text, Turn turn) {
        if (services.problem(turn).refusal().isEmpty()) {
            return Optional.empty();
        }
        Optional<Status> news = appeals.answer(text).map(TO_APPEAL::get)
                .filter(s -> s == Status.REFUSED || s == Status.PENDING);
        return news.filter(s -> !name(s).equals(turn.data().answer(APPEAL)));
    }

    private void record(Turn turn, Status status) {
        turn.update(d -> d.withAnswer(APPEAL, name(status)));
        advise(turn, status);
    }

    private void advise(Turn turn, Status status) {
        turn.update(d -> d.withStep(ADVISED));
        Problem problem = services.problem(turn);
        Locale locale = turn.texts().locale();
        Optional<AfterRefusal> refusal = problem.refusal();
        if (status == Status.REFUSED && refusal.isPresent()) {
            turn.say(refusal.get().refused().in(locale));
            turn.say(channels(turn.t("advice.refused.heading"), refusal.get().next(), turn));
        } else if (status == Status.PENDING && refusal.isPresent()) {
            turn.say(refusal.get().pending().in(locale));
        } else {
            turn.say(channels(turn.t("advice.official.heading"), problem.channels().stream().filter(c -> !c.isEmail()).toList(), turn));
            if (problem.emailChannels().isEmpty()) {
                // Honesty: no address is known for this problem, so say so instead of leaving the question open.
                turn.say(turn.t("advice.email.none", problem.whyEmail().in(locale)));
            }
        }
        problem.emailChannels().forEach(email -> turn.say(emailAdvice(email, turn)));
        turn.say(turn.t("advice.scam", services.catalog().platform(problem.platform()).orElseThrow().label().in(locale)));
        prompt(turn);
    }

    /** A heading and one bullet per channel (label, why, where to find it), with a button per link. */
    private static Reply channels(String heading, List<SupportChannel> channels, Turn turn) {
        Locale locale = turn.texts().locale();
        List<Link> links = new ArrayList<>();
        StringBuilder text = new StringBuilder(heading);
        for (SupportChannel channel : channels) {
            text.append("\n\n• ").append(channel.label().in(locale)).append('\n').append(channel.why().in(locale));
            if (channel.path() != null) {
                text.append('\n').append(turn.t("advice.path", channel.path().in(locale)));
            }
            if (channel.url() != null) {
                links.add(new Link(channel.label().in(locale), channel.url()));
            }
        }
        return Reply.text(text.toString()).withLinks(links);
    }

    private static Choice appealChoice(Status status, String key, Turn turn) {
        return new Choice(APPEAL_CHOICE + name(status), turn.t(key));
    }

    /** How a status is kept and offered: "not-yet", "pending", "refused". */
    static String name(Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Optional<Status> parse(String name) {
        for (Status status : Status.values()) {
            if (name(status).equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    @Override
    public Awaiting awaiting(Turn turn) {
        // The appeal question's typed answers are short ("pas encore", "jsp", "oui mais refusé") and
        // read first (react): anything else typed there is likely off-script, as at a button
        // question ("j'ai trouvé un numéro du support sur google, je les appelle ?").
        return Awaiting.CHOICE;
    }

    /**
     * "oui" to "on commence ?" starts the dossier; at the appeal question, yes, no and "I don't
     * know" are answers the stage reads itself.
     */
    @Override
    public boolean react(Intent intent, Turn turn) {
        if (appealStep(turn)) {
            // The question's own answers ("pas encore", "refusé") win over a guessed intent.
            boolean answered = turn.inbound() instanceof Inbound.Text text && appeals.answer(text.text()).isPresent();
            if (answered || intent.action() == IntentAction.YES || intent.action() == IntentAction.NO
                    || intent.action() == IntentAction.SKIP) {
                handle(turn);
                return true;
            }
            return false;
        }
        if (intent.action() != IntentAction.YES) {
            return false;
        }
        turn.fire(SupportEvent.DOSSIER_STARTED.name());
        return true;
    }

    private static boolean appealStep(Turn turn) {
        String step = turn.data().step();
        return step.equals(ASKED) || step.equals(OUTCOME);
    }
}
