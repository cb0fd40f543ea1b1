package app.relais.support;

import app.relais.conversation.Choice;
import app.relais.conversation.FileRef;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.email.EmailOffer;
import app.relais.email.EmailReminder;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import app.relais.followup.CalendarFile;
import app.relais.followup.FollowUpChoices;
import app.relais.followup.FollowUpDraft;
import app.relais.followup.FollowUps;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * FOLLOW_UP: the request is sent. A reminder is scheduled for when a follow-up makes sense (seven
 * days by default: sooner, or more often, does not help), pushed by the channel on that day where
 * the channel can write first (Telegram), and offered as a calendar event set at 09:00 that day.
 * Where the channel cannot reach the person later (the web chat), the stage says so and, when
 * emails can be sent, offers a reminder by email. When the user comes back after that day, the
 * follow-up is offered at once; "solved" cancels the reminders.
 */
final class FollowUpStage implements Stage {

    static final String DRAFT_NOW = FollowUpChoices.DRAFT_NOW;
    static final String SOLVED = FollowUpChoices.SOLVED;
    /** The kind of the follow-up's email reminder. */
    static final String EMAIL_KIND = "followup";

    private final SupportServices services;

    FollowUpStage(SupportServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        FollowUps followUps = services.followUps();
        Instant due = followUps.reminders().schedule(turn.inbound().key(), turn.data().sentAt()).dueAt();
        String day = day(due, turn);
        EmailOffer offer = followUps.offer();
        if (offer.channelReaches(turn)) {
            turn.say(turn.t("followup.scheduled", day));
            turn.say(calendar(due, turn));
            prompt(turn);
            return;
        }
        // Honesty: a web page cannot be written to a week later unless it happens to be open.
        turn.say(turn.t("reminders.followup.scheduled", day));
        turn.say(calendar(due, turn));
        Optional<EmailReminder> email = emailReminder(turn);
        if (email.isPresent()) {
            // Sent again after going back: the address already given moves to the new day.
            EmailReminder moved = offer.reminders().schedule(turn.key(), email.get().address(), turn.data().locale(),
                    EMAIL_KIND, offer.morningOf(due, turn));
            turn.say(turn.t("reminders.email.pending", moved.address(), day));
        } else if (offer.worthAsking(turn)) {
            offer.ask(turn, turn.t("reminders.email.ask.followup", day));
            return;
        }
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        EmailOffer offer = services.followUps().offer();
        if (offer.asking(turn)) {
            offer.ask(turn, turn.t("reminders.email.ask.followup", day(due(turn), turn)));
            return;
        }
        if (!turn.now().isBefore(due(turn)) && turn.data().answer(FollowUpDraft.SOLVED) == null) {
            turn.say(turn.t("followup.due", services.followUps().reminders().after().toDays()));
        }
        turn.say(Reply.choose(turn.t("followup.ask"), List.of(
                new Choice(DRAFT_NOW, turn.t("followup.draft")),
                new Choice(SOLVED, turn.t("followup.solved")),
                new Choice(DeliverStage.NEW_REQUEST, turn.t("deliver.new")))));
    }

    /** When it was sent and when to follow up, the request and its files again, how the reminder comes, the question. */
    @Override
    public void recap(Turn turn) {
        String day = day(due(turn), turn);
        turn.say(turn.t("command.status.followup", day(turn.data().sentAt(), turn), day));
        DeliverStage.offer(services, turn);
        EmailOffer offer = services.followUps().offer();
        if (turn.data().answer(FollowUpDraft.SOLVED) == null) {
            if (offer.channelReaches(turn)) {
                turn.say(turn.t("command.status.followup.pushed"));
            } else {
                emailReminder(turn).ifPresent(r -> turn.say(turn.t("reminders.email.pending", r.address(), day)));
            }
            turn.say(calendar(due(turn), turn));
        }
        prompt(turn);
    }

    @Override
    public void handle(Turn turn) {
        EmailOffer offer = services.followUps().offer();
        if (offer.asking(turn) && answeredEmail(offer, turn)) {
            return;
        }
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(DRAFT_NOW)) {
            services.followUps().drafts().replies(services.problem(turn), turn.data()).forEach(turn::say);
            prompt(turn);
        } else if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(SOLVED)) {
            services.followUps().reminders().cancel(turn.inbound().key());
            offer.reminders().cancel(turn.key(), EMAIL_KIND);
            turn.update(d -> d.withAnswer(FollowUpDraft.SOLVED, "1"));
            turn.say(Reply.choose(turn.t("followup.glad"),
                    List.of(new Choice(DeliverStage.NEW_REQUEST, turn.t("deliver.new")))));
        } else {
            prompt(turn);
        }
    }

    /** The answer to the address question; false when the input was for something else. */
    private boolean answeredEmail(EmailOffer offer, Turn turn) {
        EmailOffer.Answer answer = offer.answer(turn);
        if (answer instanceof EmailOffer.Address address) {
            Instant due = due(turn);
            offer.reminders().schedule(turn.key(), address.address(), turn.data().locale(), EMAIL_KIND,
                    offer.morningOf(due, turn));
            turn.say(turn.t("reminders.email.scheduled", day(due, turn), address.address()));
        } else if (answer instanceof EmailOffer.Declined) {
            turn.say(turn.t("reminders.email.declined"));
        } else if (answer instanceof EmailOffer.Elsewhere) {
            return false;
        }
        prompt(turn);
        return true;
    }

    private Optional<EmailReminder> emailReminder(Turn turn) {
        return services.followUps().offer().reminders().pending(turn.key()).stream()
                .filter(r -> r.kind().equals(EMAIL_KIND)).findFirst();
    }

    private Instant due(Turn turn) {
        return turn.data().sentAt().plus(services.followUps().reminders().after());
    }

    /** A day as people write it, in the person's time zone (the one the reminders are set in). */
    private String day(Instant instant, Turn turn) {
        ZoneId zone = services.followUps().offer().zone(turn);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(turn.texts().locale())
                .format(instant.atZone(zone));
    }

    /** The same event id for the same reminder (a calendar updates it instead of adding it twice); says nothing of the chat. */
    private static String eventId(Turn turn, Instant due) {
        return UUID.nameUUIDFromBytes((turn.key().asString() + "/" + due).getBytes(StandardCharsets.UTF_8)) + "@relais";
    }

    /** The reminder as a calendar event at 09:00, in the person's time zone, on the day it is due. */
    private Reply calendar(Instant due, Turn turn) {
        FollowUps followUps = services.followUps();
        String subject = followUps.drafts().firstSubject(services.problem(turn), turn.data());
        String sent = day(turn.data().sentAt(), turn);
        Instant morning = followUps.offer().morningOf(due, turn);
        FileRef ics = followUps.calendar().save(turn.inbound().key(),
                List.of(new CalendarFile.Event(eventId(turn, due), morning,
                        turn.t("followup.calendar.summary", subject),
                        turn.t("followup.calendar.description", sent, subject))),
                turn.t("followup.calendar.name"));
        return Reply.text(turn.t("followup.calendar", ics.name(), day(due, turn))).withFiles(List.of(ics));
    }
}
