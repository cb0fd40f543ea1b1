package app.relais.support;

import app.relais.catalog.Platform;
import app.relais.catalog.Problem;
import app.relais.catalog.SupportChannel;
import app.relais.conversation.Choice;
import app.relais.conversation.Expects;
import app.relais.conversation.Inbound;
import app.relais.conversation.InputHint;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import app.relais.engine.Turn;
import app.relais.triage.AppealReader;
import app.relais.offscript.Awaiting;
import app.relais.offscript.Intent;
import app.relais.offscript.IntentAction;
import app.relais.offscript.Pending;
import app.relais.triage.TriageResult;
import java.util.ArrayList;
import java.util.List;

/**
 * TRIAGE: platform and problem, from a sentence or from buttons. A confident guess is confirmed
 * with one tap; a doubtful one shows the three likeliest problems and "something else" instead of
 * guessing. When the sentence is clear about the problem but not the platform ("mon compte a été
 * piraté"), only the platform is asked and the sentence is read again on that platform. What a
 * description says of an appeal already made ("ma demande de réexamen a été refusée") is kept
 * for ADVICE, which then does not ask again.
 */
final class TriageStage implements Pending {

    static final double CONFIDENT = 0.55;
    static final double MARGIN = 0.15;
    static final double NOISE = 0.1;
    /** The first sentence, kept while the person tells us the platform it is about. */
    static final String SAID = "triage.said";
    /** What the description said of an appeal already made, if anything (see {@link AdviceStage#APPEAL}). */
    static final String APPEAL_SAID = "triage.appeal";
    /** The next likeliest problems and the platform, kept while a confident guess waits for its "yes". */
    static final String OTHERS = "triage.others";
    static final String PLATFORM = "triage.platform";
    /** "Autre chose" among candidates: the platform's menu next, never the very first question. */
    static final String MENU = "menu";

    private final SupportServices services;
    private final AppealReader appeals;

    TriageStage(SupportServices services) {
        this.services = services;
        this.appeals = new AppealReader(services.catalog());
    }

    @Override
    public void enter(Turn turn) {
        turn.update(d -> d.withStep("describe").withCandidate(null).withProblem(null).withAnswer(SAID, null)
                .withAnswer(APPEAL_SAID, null).withAnswer(AdviceStage.APPEAL, null)
                .withAnswer(OTHERS, null).withAnswer(PLATFORM, null));
        prompt(turn);
    }

    @Override
    public Awaiting awaiting(Turn turn) {
        return turn.data().step().equals("describe") ? Awaiting.FREE_TEXT : Awaiting.CHOICE;
    }

    /** "oui" / "non" typed to the guess, "ce n’est pas ça" to the guess or the candidates. */
    @Override
    public boolean react(Intent intent, Turn turn) {
        String step = turn.data().step();
        boolean no = intent.action() == IntentAction.NO || intent.id().equals("not-mine");
        if (step.equals("confirm") && intent.action() == IntentAction.YES) {
            chose(Choices.YES, turn);
        } else if (step.equals("confirm") && no) {
            chose(Choices.NO, turn);
        } else if (step.equals("candidates") && no) {
            menu(turn.data().answer(PLATFORM), turn, null);
        } else if (step.startsWith("pick:") && no) {
            chose(Choices.OTHER + ":" + step.substring(5), turn);
        } else {
            return false;
        }
        return true;
    }

    @Override
    public void prompt(Turn turn) {
        String step = turn.data().step();
        if (step.equals("confirm") && turn.data().candidate() != null) {
            confirm(turn, services.catalog().require(turn.data().candidate()));
        } else if (step.equals("platform")) {
            turn.say(new Reply(turn.t("triage.other-platform"), Choices.platforms(services.catalog().platforms(), turn),
                    List.of(), List.of(), Expects.CHOICE));
        } else if (step.startsWith("pick:")) {
            services.catalog().platform(step.substring(5)).ifPresentOrElse(p -> problemsOf(p, turn, null), () -> ask(turn));
        } else {
            ask(turn);
        }
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Text text) {
            understand(text.text(), turn);
        } else if (turn.inbound() instanceof Inbound.Choice choice) {
            chose(choice.choiceId(), turn);
        } else if (turn.inbound() instanceof Inbound.Attachment files) {
            EarlyFiles.keep(turn, files.fileIds());
            turn.say(turn.t("triage.file-too-early"));
            prompt(turn);
        } else {
            prompt(turn);
        }
    }

    @Override
    public void back(Turn turn) {
        if (turn.data().step().equals("describe")) {
            turn.say(turn.t("command.back.at-start"));
        }
        enter(turn);
    }

    private void ask(Turn turn) {
        turn.update(d -> d.withStep("describe"));
        List<Choice> choices = new ArrayList<>(Choices.platforms(services.catalog().platforms(), turn));
        turn.say(new Reply(turn.t("triage.ask"), choices, List.of(), List.of(), Expects.TEXT).hinting(InputHint.PROBLEM));
    }

    private void understand(String text, Turn turn) {
        TriageResult result = withoutNoise(services.triage().classify(text, turn.texts().locale()));
        if (!step(turn, "describe") && result.problem() == null && result.platform() == null) {
            // A question typed at the guess or the candidates ("mais c’est gratuit ?") names no
            // problem: it is not a new description, so the guess stays and the bot says so.
            turn.notUnderstood();
            prompt(turn);
            return;
        }
        String appeal = appeals.said(text).map(AdviceStage::name).orElse(null);
        turn.update(d -> d.withAnswer(SAID, null).withAnswer(APPEAL_SAID, appeal));
        if (result.platform() == null && spansPlatforms(result)) {
            // The problem is understood but not where it happens: ask for the platform only, keep the sentence.
            turn.update(d -> d.withAnswer(SAID, text).withStep("platform"));
            String kind = result.problem() != null ? result.problem() : result.candidates().get(0).problem();
            String local = kind.substring(kind.indexOf('/') + 1);
            // "J’ai compris : un compte piraté" only when the kind has a name: else the plain question.
            String question = turn.texts().has("triage.kind." + local)
                    ? turn.t("triage.which-platform", turn.t("triage.kind." + local)) : turn.t("triage.other-platform");
            List<Choice> choices = new ArrayList<>(Choices.platforms(services.catalog().platforms(), turn));
            turn.say(new Reply(question, choices, List.of(), List.of(), Expects.CHOICE));
        } else {
            offer(result, turn);
        }
    }

    /** What to do with a classification whose platform is known (named, inferred or chosen). */
    private void offer(TriageResult result, Turn turn) {
        List<TriageResult.Candidate> others = result.candidates();
        boolean clear = result.problem() != null && result.confidence() >= CONFIDENT
                && (others.isEmpty() || result.confidence() - others.get(0).confidence() >= MARGIN);
        if (clear) {
            String next = String.join(",", others.stream().limit(3).map(TriageResult.Candidate::problem).toList());
            turn.update(d -> d.withCandidate(result.problem()).withStep("confirm")
                    .withAnswer(OTHERS, next.isEmpty() ? null : next).withAnswer(PLATFORM, result.platform()));
            confirm(turn, services.catalog().require(result.problem()));
        } else if (result.problem() != null) {
            List<Choice> choices = new ArrayList<>();
            choices.add(Choices.problem(services.catalog().require(result.problem()), turn));
            others.stream().limit(2).forEach(c -> choices.add(Choices.problem(services.catalog().require(c.problem()), turn)));
            String platform = result.platform();
            choices.add(new Choice(platform == null ? MENU : MENU + ":" + platform, turn.t("triage.something-else")));
            turn.update(d -> d.withStep("candidates").withAnswer(PLATFORM, platform));
            turn.say(new Reply(turn.t("triage.unsure"), choices, List.of(), List.of(), Expects.CHOICE));
        } else if (result.platform() != null) {
            Platform platform = services.catalog().platform(result.platform()).orElseThrow();
            turn.say(turn.t("triage.platform-only", platform.label().in(turn.texts().locale())));
            problemsOf(platform, turn, null);
        } else {
            turn.misunderstood();
            turn.say(turn.t("triage.not-understood"));
            ask(turn);
        }
    }

    /**
     * Candidates this unlikely are what any gibberish scores ("bla", "asdf"): treating them as a
     * guess would ask "which platform?" about nothing instead of saying the message was not understood.
     */
    private static TriageResult withoutNoise(TriageResult result) {
        if (result.problem() == null && result.candidates().stream().allMatch(c -> c.confidence() < NOISE)) {
            return new TriageResult(null, 0, List.of(), result.platform());
        }
        return result;
    }

    /** True when the likeliest problems are on different platforms: the platform is the open question. */
    private static boolean spansPlatforms(TriageResult result) {
        List<String> likeliest = new ArrayList<>();
        if (result.problem() != null) {
            likeliest.add(result.problem());
        }
        result.candidates().stream().limit(3 - likeliest.size()).forEach(c -> likeliest.add(c.problem()));
        return likeliest.stream().map(id -> id.substring(0, id.indexOf('/'))).distinct().count() > 1;
    }

    private void chose(String id, Turn turn) {
        if (id.equals(Choices.YES) && turn.data().candidate() != null) {
            String problem = turn.data().candidate();
            turn.update(d -> d.withProblem(problem).withCandidate(null));
            turn.fire(SupportEvent.PROBLEM_CONFIRMED.name());
        } else if (id.equals(Choices.NO) && step(turn, "confirm")) {
            otherCandidates(turn);
        } else if (id.equals(MENU) || id.startsWith(MENU + ":")) {
            menu(id.equals(MENU) ? null : id.substring(MENU.length() + 1), turn, null);
        } else if (id.startsWith(Choices.PROBLEM) && services.catalog().problem(id.substring(Choices.PROBLEM.length())).isPresent()) {
            String problem = id.substring(Choices.PROBLEM.length());
            turn.update(d -> d.withProblem(problem).withCandidate(null));
            turn.fire(SupportEvent.PROBLEM_CONFIRMED.name());
        } else if (id.startsWith(Choices.PLATFORM) && services.catalog().platform(id.substring(Choices.PLATFORM.length())).isPresent()) {
            Platform platform = services.catalog().platform(id.substring(Choices.PLATFORM.length())).orElseThrow();
            String said = turn.data().answer(SAID);
            turn.update(d -> d.withAnswer(SAID, null));
            if (said != null) {
                offer(services.triage().classify(said, turn.texts().locale(), platform.id()), turn);
            } else {
                problemsOf(platform, turn, null);
            }
        } else if (id.startsWith(Choices.OTHER + ":")) {
            somethingElse(services.catalog().platform(id.substring(Choices.OTHER.length() + 1)).orElse(null), turn);
        } else if (id.equals(Choices.OTHER)) {
            turn.update(d -> d.withAnswer(SAID, null));
            turn.say(turn.t("triage.other-platform"));
            ask(turn);
        } else {
            prompt(turn);
        }
    }

    private static boolean step(Turn turn, String step) {
        return turn.data().step().equals(step);
    }

    /** "Non, autre chose" to a confident guess: the next likeliest problems, then the platform's menu. */
    private void otherCandidates(Turn turn) {
        String kept = turn.data().answer(OTHERS);
        List<Problem> others = (kept == null ? List.<String>of() : List.of(kept.split(","))).stream()
                .map(id -> services.catalog().problem(id)).flatMap(java.util.Optional::stream).toList();
        String platform = turn.data().answer(PLATFORM);
        String refused = turn.data().candidate();
        turn.update(d -> d.withCandidate(null).withAnswer(OTHERS, null));
        if (others.isEmpty()) {
            menu(platform, turn, refused);
            return;
        }
        List<Choice> choices = new ArrayList<>();
        others.forEach(p -> choices.add(Choices.problem(p, turn)));
        choices.add(new Choice(platform == null ? MENU : MENU + ":" + platform, turn.t("triage.something-else")));
        turn.update(d -> d.withStep("candidates"));
        turn.say(Reply.choose(turn.t("triage.other-candidates"), choices));
    }

    /**
     * The problems of the platform when it is known (without the one just refused, if any), else the
     * platforms: never back to the first question.
     */
    private void menu(String platformId, Turn turn, String refused) {
        Platform platform = platformId == null ? null : services.catalog().platform(platformId).orElse(null);
        turn.update(d -> d.withAnswer(SAID, null).withAnswer(PLATFORM, null));
        if (platform != null) {
            problemsOf(platform, turn, refused);
        } else {
            turn.update(d -> d.withStep("platform"));
            turn.say(new Reply(turn.t("triage.other-platform"), Choices.platforms(services.catalog().platforms(), turn),
                    List.of(), List.of(), Expects.CHOICE));
        }
    }

    private void confirm(Turn turn, Problem problem) {
        turn.say(Reply.choose(turn.t("triage.understood", problem.label().in(turn.texts().locale())), List.of(
                new Choice(Choices.YES, turn.t("triage.yes")),
                new Choice(Choices.NO, turn.t("triage.no")))));
    }

    private void problemsOf(Platform platform, Turn turn, String refused) {
        turn.update(d -> d.withStep("pick:" + platform.id()));
        List<Choice> choices = new ArrayList<>();
        platform.problems().stream().filter(p -> !p.fullId().equals(refused)).forEach(p -> choices.add(Choices.problem(p, turn)));
        choices.add(new Choice(Choices.OTHER + ":" + platform.id(), turn.t("triage.something-else")));
        turn.say(Reply.choose(turn.t("triage.pick-problem", platform.label().in(turn.texts().locale())), choices));
    }

    /** Never a dead end: the platform's general help, then a fresh start. */
    private void somethingElse(Platform platform, Turn turn) {
        if (platform == null) {
            ask(turn);
            return;
        }
        List<Link> links = new ArrayList<>();
        StringBuilder text = new StringBuilder(turn.t("triage.general-help", platform.label().in(turn.texts().locale())));
        for (SupportChannel channel : platform.helpChannels()) {
            text.append("\n\n• ").append(channel.label().in(turn.texts().locale())).append(" — ")
                    .append(channel.why().in(turn.texts().locale()));
            if (channel.isEmail()) {
                text.append(' ').append(turn.t(channel.official() ? "advice.email.official" : "advice.email.unofficial"));
            }
            if (channel.path() != null) {
                text.append("\n  ").append(channel.path().in(turn.texts().locale()));
            }
            if (channel.url() != null) {
                links.add(new Link(channel.label().in(turn.texts().locale()), channel.url()));
            }
        }
        turn.say(Reply.text(text.toString()).withLinks(links));
        turn.say(turn.t("triage.describe-again"));
        ask(turn);
    }
}
