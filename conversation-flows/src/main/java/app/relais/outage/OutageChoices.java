package app.relais.outage;

import app.relais.conversation.Choice;
import app.relais.engine.Turn;

/** Buttons of the outage-fallback flow; their ids are the contract with the stages. */
final class OutageChoices {

    static final String ASK = "outage:ask";
    static final String WRITE = "outage:write";
    static final String OTHER = "outage:other";
    static final String NEWS = "outage:news";
    static final String SOLVED = "outage:solved";
    static final String SAME_QUESTION = "outage:same";
    static final String FAQ = "faq:";
    static final String QUESTION = "outage.question";
    /** Questions in a row the FAQ had no answer for: the team is offered at the first one only. */
    static final String MISSES = "outage.misses";

    private OutageChoices() {
    }

    static Choice ask(Turn turn) {
        return new Choice(ASK, turn.t("outage.choice.ask"));
    }

    static Choice write(Turn turn) {
        return new Choice(WRITE, turn.t("outage.choice.write"));
    }

    static Choice news(Turn turn) {
        return new Choice(NEWS, turn.t("outage.choice.news"));
    }

    /** Leaves for the support-request flow: the visitor's problem is with their own account on a platform. */
    static Choice platform(Turn turn) {
        return new Choice(OTHER, turn.t("outage.choice.platform"));
    }

    static Choice faq(FaqEntry entry, Turn turn) {
        return new Choice(FAQ + entry.id(), entry.question().in(turn.texts().locale()));
    }
}
