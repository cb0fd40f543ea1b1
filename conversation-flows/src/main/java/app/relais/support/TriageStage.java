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
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import app.relais.triage.TriageResult;
import java.util.ArrayList;
import java.util.List;

/**
 * TRIAGE: platform and problem, from a sentence or from buttons. A confident guess is confirmed
 * with one tap; a doubtful one shows the three likeliest problems and "something else" instead of
 * guessing. When the sentence is clear about the problem but not the platform ("mon compte a été
 * piraté"), only the platform is asked and the sentence is read again on that platform.
 */
final class TriageStage implements Stage {

    static final double CONFIDENT = 0.55;
    static final double MARGIN = 0.15;
    static final double NOISE = 0.1;
    /** The first sentence, kept while the person tells us the platform it is about. */
    static final String SAID = "triage.said";

    private final SupportServices services;

    TriageStage(SupportServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        turn.update(d -> d.withStep("describe").withCandidate(null).withProblem(null).withAnswer(SAID, null));
        prompt(turn);
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
            services.catalog().platform(step.substring(5)).ifPresentOrElse(p -> problemsOf(p, turn), () -> ask(turn));
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
        turn.update(d -> d.withAnswer(SAID, null));
        if (result.platform() == null && spansPlatforms(result)) {
            // The problem is understood but not where it happens: ask for the platform only, keep the sentence.
            turn.update(d -> d.withAnswer(SAID, text).withStep("platform"));
            String kind = result.problem() != null ? result.problem() : result.candidates().get(0).problem();
            String local = kind.substring(kind.indexOf('/') + 1);
            String understood = turn.texts().has("triage.kind." + local)
                    ? turn.t("triage.kind." + local) : turn.t("triage.kind.other");
            List<Choice> choices = new ArrayList<>(Choices.platforms(services.catalog().platforms(), turn));
            turn.say(new Reply(turn.t("triage.which-platform", understood), choices, List.of(), List.of(), Expects.CHOICE));
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
            turn.update(d -> d.withCandidate(result.problem()).withStep("confirm"));
            confirm(turn, services.catalog().require(result.problem()));
        } else if (result.problem() != null) {
            List<Choice> choices = new ArrayList<>();
            choices.add(Choices.problem(services.catalog().require(result.problem()), turn));
            others.stream().limit(2).forEach(c -> choices.add(Choices.problem(services.catalog().require(c.problem()), turn)));
            String platform = result.platform();
            choices.add(new Choice(platform == null ? Choices.OTHER : Choices.OTHER + ":" + platform, turn.t("triage.something-else")));
            turn.update(d -> d.withStep("candidates"));
            turn.say(new Reply(turn.t("triage.unsure"), choices, List.of(), List.of(), Expects.CHOICE));
        } else if (result.platform() != null) {
            Platform platform = services.catalog().platform(result.platform()).orElseThrow();
            turn.say(turn.t("triage.platform-only", platform.label().in(turn.texts().locale())));
            problemsOf(platform, turn);
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
        } else if (id.equals(Choices.NO)) {
            turn.update(d -> d.withCandidate(null));
            turn.say(turn.t("triage.correct"));
            ask(turn);
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
                problemsOf(platform, turn);
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

    private void confirm(Turn turn, Problem problem) {
        turn.say(Reply.choose(turn.t("triage.understood", problem.label().in(turn.texts().locale())), List.of(
                new Choice(Choices.YES, turn.t("triage.yes")),
                new Choice(Choices.NO, turn.t("triage.no")))));
    }

    private void problemsOf(Platform platform, Turn turn) {
        turn.update(d -> d.withStep("pick:" + platform.id()));
        List<Choice> choices = new ArrayList<>();
        platform.problems().forEach(p -> choices.add(Choices.problem(p, turn)));
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
