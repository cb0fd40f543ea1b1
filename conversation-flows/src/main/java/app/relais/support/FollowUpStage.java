package app.relais.support;

import app.relais.conversation.Choice;
import app.relais.conversation.FileRef;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import app.relais.followup.FollowUpChoices;
import app.relais.followup.FollowUpDraft;
import app.relais.followup.FollowUps;
import app.relais.followup.Reminder;
import java.time.Instant;
import java.util.List;

/**
 * FOLLOW_UP: the request is sent. A reminder is scheduled for when a follow-up makes sense (seven
 * days by default: sooner, or more often, does not help), pushed by the channel on that day, and
 * offered as a calendar event for channels that cannot write first. When the user comes back
 * after that day, the follow-up is offered at once; "solved" cancels the reminder.
 */
final class FollowUpStage implements Stage {

    static final String DRAFT_NOW = FollowUpChoices.DRAFT_NOW;
    static final String SOLVED = FollowUpChoices.SOLVED;

    private final SupportServices services;

    FollowUpStage(SupportServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        FollowUps followUps = services.followUps();
        Reminder reminder = followUps.reminders().schedule(turn.inbound().key(), turn.data().sentAt());
        turn.say(turn.t("followup.scheduled", followUps.drafts().day(reminder.dueAt(), turn.texts().locale())));
        turn.say(calendar(reminder, turn));
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        Instant due = turn.data().sentAt().plus(services.followUps().reminders().after());
        if (!turn.now().isBefore(due) && turn.data().answer(FollowUpDraft.SOLVED) == null) {
            turn.say(turn.t("followup.due", services.followUps().reminders().after().toDays()));
        }
        turn.say(Reply.choose(turn.t("followup.ask"), List.of(
                new Choice(DRAFT_NOW, turn.t("followup.draft")),
                new Choice(SOLVED, turn.t("followup.solved")),
                new Choice(DeliverStage.NEW_REQUEST, turn.t("deliver.new")))));
    }

    @Override
    public void handle(Turn turn) {
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(DRAFT_NOW)) {
            services.followUps().drafts().replies(services.problem(turn), turn.data()).forEach(turn::say);
            prompt(turn);
        } else if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(SOLVED)) {
            services.followUps().reminders().cancel(turn.inbound().key());
            turn.update(d -> d.withAnswer(FollowUpDraft.SOLVED, "1"));
            turn.say(Reply.choose(turn.t("followup.glad"),
                    List.of(new Choice(DeliverStage.NEW_REQUEST, turn.t("deliver.new")))));
        } else {
            prompt(turn);
        }
    }

    private Reply calendar(Reminder reminder, Turn turn) {
        FollowUps followUps = services.followUps();
        String subject = followUps.drafts().firstSubject(services.problem(turn), turn.data());
        String sent = followUps.drafts().day(turn.data().sentAt(), turn.texts().locale());
        FileRef ics = followUps.calendar().save(turn.inbound().key(), reminder,
                turn.t("followup.calendar.summary", subject),
                turn.t("followup.calendar.description", sent, subject),
                turn.t("followup.calendar.name"));
        return Reply.text(turn.t("followup.calendar", ics.name())).withFiles(List.of(ics));
    }
}
