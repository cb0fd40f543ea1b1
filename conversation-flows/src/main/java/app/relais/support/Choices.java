package app.relais.support;

import app.relais.catalog.Platform;
import app.relais.catalog.Problem;
import app.relais.conversation.Choice;
import app.relais.engine.Turn;
import java.util.List;

/** Buttons the support flow offers in several stages; their ids are the contract with handlers. */
final class Choices {

    static final String YES = "yes";
    static final String NO = "no";
    static final String SKIP = "skip";
    static final String DONE = "done";
    static final String DONT_HAVE = "dont-have";
    static final String PLATFORM = "platform:";
    static final String PROBLEM = "problem:";
    static final String OTHER = "other";
    static final String BACK = "cmd:back";

    private Choices() {
    }

    static Choice problem(Problem problem, Turn turn) {
        return new Choice(PROBLEM + problem.fullId(), problem.label().in(turn.texts().locale()));
    }

    static Choice platform(Platform platform, Turn turn) {
        return new Choice(PLATFORM + platform.id(), platform.label().in(turn.texts().locale()));
    }

    static Choice back(Turn turn) {
        return new Choice(BACK, turn.t("choice.back"));
    }

    static List<Choice> platforms(List<Platform> platforms, Turn turn) {
        return platforms.stream().map(p -> platform(p, turn)).toList();
    }
}
