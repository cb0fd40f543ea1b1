package app.relais.support;

import app.relais.catalog.LocalizedText;
import app.relais.catalog.Problem;
import app.relais.conversation.Choice;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.drafting.DraftEmail;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * FOLLOW_UP: after the request is sent, wait at least seven days, then one short, courteous
 * follow-up citing the first request, and the fallbacks when email stays silent.
 */
final class FollowUpStage implements Stage {

    static final Duration WAIT = Duration.ofDays(7);
    static final String DRAFT_NOW = "followup-draft";
    static final String SOLVED = "solved";

    private final SupportServices services;

    FollowUpStage(SupportServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        turn.say(turn.t("followup.scheduled", day(turn, turn.data().sentAt().plus(WAIT))));
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        turn.say(Reply.choose(turn.t("followup.ask"), List.of(
                new Choice(DRAFT_NOW, turn.t("followup.draft")),
                new Choice(SOLVED, turn.t("followup.solved")),
                new Choice(DeliverStage.NEW_REQUEST, turn.t("deliver.new")))));
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(DRAFT_NOW)) {
            followUpDraft(turn);
        } else if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(SOLVED)) {
            turn.say(Reply.choose(turn.t("followup.glad"), List.of(new Choice(DeliverStage.NEW_REQUEST, turn.t("deliver.new")))));
        } else {
            prompt(turn);
        }
    }

    private void followUpDraft(Turn turn) {
        Problem problem = services.problem(turn);
        DraftEmail first = services.drafts().build(problem, turn.data(), turn.texts());
        String sent = day(turn, turn.data().sentAt());
        StringBuilder text = new StringBuilder();
        if (first.to() != null) {
            text.append(turn.t("draft.label.to", first.to())).append('\n');
        }
        text.append(turn.t("draft.label.subject", turn.t("followup.subject", first.subject()))).append("\n\n")
                .append(turn.t("followup.body", sent, first.subject()));
        turn.say(text.toString());
        StringBuilder fallbacks = new StringBuilder(turn.t("followup.fallbacks"));
        for (LocalizedText fallback : problem.fallbacks()) {
            fallbacks.append("\n• ").append(fallback.in(turn.texts().locale()));
        }
        turn.say(fallbacks.toString());
        prompt(turn);
    }

    private String day(Turn turn, java.time.Instant instant) {
        String pattern = turn.texts().language().equals("en") ? "yyyy-MM-dd" : "dd/MM/yyyy";
        return DateTimeFormatter.ofPattern(pattern).format(instant.atZone(services.zone()));
    }
}
