package app.relais.support;

import app.relais.conversation.Choice;
import app.relais.conversation.Expects;
import app.relais.conversation.FileRef;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.email.EmailOffer;
import app.relais.email.EmailReminder;
import app.relais.engine.Turn;
import app.relais.followup.CalendarFile;
import app.relais.followup.FollowUpChoices;
import app.relais.followup.FollowUpDraft;
import app.relais.followup.FollowUps;
import app.relais.offscript.Awaiting;
import app.relais.offscript.Intent;
import app.relais.offscript.IntentAction;
import app.relais.offscript.Pending;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * FOLLOW_UP: the request is sent. A reminder is scheduled for when a follow-up makes sense (seven
 * days by default: sooner, or more often, does not help), pushed by the channel on that day where
 * the channel can write first (Telegram), and offered as a calendar event set at 09:00 that day.
 * Where the channel cannot reach the person later (the web chat), the stage says so and, when
 * emails can be sent, offers a reminder by email. When the user comes back after that day, the
 * follow-up is offered at once; "solved" cancels the reminders. Preparing the follow-up first asks
 * the case number the support team gave, if any, and what changed since.
 */
final class FollowUpStage implements Pending {

    static final String DRAFT_NOW = FollowUpChoices.DRAFT_NOW;
    static final String SOLVED = FollowUpChoices.SOLVED;
    /** The kind of the follow-up's email reminder. */
    static final String EMAIL_KIND = "followup";
    static final String TICKET_STEP = "followup-ticket";
    static final String CHANGES_STEP = "followup-changes";
    static final String NONE = "none";
    static final String KEEP = "keep";
    private static final Pattern EDGES = Pattern.compile("^[\\p{Punct}«»“”’]+|[\\p{Punct}«»“”’]+$");
    private static final int MIN_CHANGES = 3;

    private final SupportServices services;

    FollowUpStage(SupportServices services) {
        this.services = services;
    }

    @Override
    public void enter(Turn turn) {
        FollowUps followUps = services.followUps();
        Instant due = followUps.reminders().schedule(turn.inbound().key(), turn.data().sentAt()).dueAt();
        turn.update(d -> d.withStep(""));
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
        String step = turn.data().step();
        if (offer.asking(turn)) {
            offer.ask(turn, turn.t("reminders.email.ask.followup", day(due(turn), turn)));
        } else if (step.equals(TICKET_STEP)) {
            askTicket(turn);
        } else if (step.equals(CHANGES_STEP)) {
            askChanges(turn);
        } else {
            menu(turn);
        }
    }

    private void menu(Turn turn) {
        if (!turn.now().isBefore(due(turn)) && turn.data().answer(FollowUpDraft.SOLVED) == null) {
            turn.say(turn.t("followup.due", services.followUps().reminders().after().toDays()));
        }
        turn.say(Reply.choose(turn.t("followup.ask"), List.of(
                new Choice(DRAFT_NOW, turn.t("followup.draft")),
                new Choice(SOLVED, turn.t("followup.solved")),
                new Choice(DeliverStage.NEW_REQUEST, turn.t("deliver.new")))));
    }

    private void askTicket(Turn turn) {
        String ticket = turn.data().answer(FollowUpDraft.TICKET);
        List<Choice> choices = new ArrayList<>();
        if (ticket != null) {
            choices.add(new Choice(KEEP, turn.t("followup.ticket.keep")));
        }
        choices.add(new Choice(NONE, turn.t("followup.ticket.none")));
        choices.add(Choices.back(turn));
        String text = turn.t("followup.ticket.ask") + (ticket == null ? "" : "\n" + turn.t("followup.ticket.current", ticket));
        turn.say(new Reply(text, choices, List.of(), List.of(), Expects.TEXT));
    }

    private void askChanges(Turn turn) {
        String changes = turn.data().answer(FollowUpDraft.CHANGES);
        List<Choice> choices = new ArrayList<>();
        if (changes != null) {
            choices.add(new Choice(KEEP, turn.t("followup.changes.keep")));
        }
        choices.add(new Choice(NONE, turn.t("followup.changes.none")));
        choices.add(Choices.back(turn));
        String text = turn.t("followup.changes.ask") + (changes == null ? "" : "\n" + turn.t("facts.current", changes));
        turn.say(new Reply(text, choices, List.of(), List.of(), Expects.TEXT));
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
        String step = turn.data().step();
        String choice = turn.inbound() instanceof Inbound.Choice c ? c.choiceId() : null;
        String text = turn.inbound() instanceof Inbound.Text t ? t.text().strip() : null;
        if (step.equals(TICKET_STEP)) {
            ticket(choice, text, turn);
        } else if (step.equals(CHANGES_STEP)) {
            changes(choice, text, turn);
        } else if (DRAFT_NOW.equals(choice)) {
            turn.update(d -> d.withStep(TICKET_STEP));
            prompt(turn);
        } else if (SOLVED.equals(choice)) {
            services.followUps().reminders().cancel(turn.inbound().key());
            offer.reminders().cancel(turn.key(), EMAIL_KIND);
            turn.update(d -> d.withAnswer(FollowUpDraft.SOLVED, "1"));
            turn.say(Reply.choose(turn.t("followup.glad"),
                    List.of(new Choice(DeliverStage.NEW_REQUEST, turn.t("deliver.new")))));
        } else {
            prompt(turn);
        }
    }

    private void ticket(String choice, String text, Turn turn) {
        if (NONE.equals(choice) || text != null && (TypedPhrases.isOneOf(text, "followup.declines", turn)
                || ticketIn(text) == null && TypedPhrases.usesAny(text, "followup.ticket.negations", turn))) {
            turn.update(d -> d.withAnswer(FollowUpDraft.TICKET, null).withStep(CHANGES_STEP));
        } else if (KEEP.equals(choice) && turn.data().answer(FollowUpDraft.TICKET) != null) {
            turn.update(d -> d.withStep(CHANGES_STEP));
        } else if (text != null && ticketIn(text) != null) {
            turn.update(d -> d.withAnswer(FollowUpDraft.TICKET, ticketIn(text)).withStep(CHANGES_STEP));
        } else if (text != null) {
            turn.say(turn.t("followup.ticket.invalid"));
        }
        prompt(turn);
    }

    private void changes(String choice, String text, Turn turn) {
        if (NONE.equals(choice) || text != null && TypedPhrases.isOneOf(text, "followup.declines", turn)) {
            turn.update(d -> d.withAnswer(FollowUpDraft.CHANGES, null).withAnswer(FollowUpDraft.UNCHANGED, "1"));
        } else if (KEEP.equals(choice) && turn.data().answer(FollowUpDraft.CHANGES) != null) {
            turn.update(d -> d.withAnswer(FollowUpDraft.UNCHANGED, null));
        } else if (text != null && text.length() >= MIN_CHANGES) {
            turn.update(d -> d.withAnswer(FollowUpDraft.CHANGES, text).withAnswer(FollowUpDraft.UNCHANGED, null));
        } else {
            if (text != null) {
                turn.say(turn.t("followup.changes.too-short"));
            }
            prompt(turn);
            return;
        }
        turn.update(d -> d.withStep(""));
        services.followUps().drafts().replies(services.problem(turn), turn.data()).forEach(turn::say);
        prompt(turn);
    }

    @Override
    public Awaiting awaiting(Turn turn) {
        String step = turn.data().step();
        if (services.followUps().offer().asking(turn) || step.equals(TICKET_STEP)) {
            return Awaiting.VALUE;
        }
        return step.equals(CHANGES_STEP) ? Awaiting.FREE_TEXT : Awaiting.CHOICE;
    }

    /** At the follow-up's questions (and the address one), "rien", "je sais plus", "non" are answers the stage reads itself. */
    @Override
    public boolean react(Intent intent, Turn turn) {
        String step = turn.data().step();
        boolean asking = services.followUps().offer().asking(turn) || step.equals(TICKET_STEP) || step.equals(CHANGES_STEP);
        if (asking && (intent.action() == IntentAction.YES || intent.action() == IntentAction.NO
                || intent.action() == IntentAction.SKIP)) {
            handle(turn);
            return true;
        }
        return false;
    }

    @Override
    public void back(Turn turn) {
        String step = turn.data().step();
        if (step.equals(CHANGES_STEP) || step.equals(TICKET_STEP)) {
            turn.update(d -> d.withStep(step.equals(CHANGES_STEP) ? TICKET_STEP : ""));
            prompt(turn);
        } else {
            turn.fire(SupportEvent.BACK.name());
        }
    }

    /**
     * The case number in what was typed: the first word with three digits or more, or a digit in a
     * word of four characters or more ("FB-2026-4471", "n°12345" gives "12345"); null when none.
     */
    static String ticketIn(String text) {
        for (String word : text.split("[\\s,;:«»()]+")) {
            String candidate = EDGES.matcher(word.replaceFirst("^(?i)(n°|no\\.|#)", "")).replaceAll("");
            long digits = candidate.chars().filter(Character::isDigit).count();
            if (candidate.length() <= 40 && (digits >= 3 || digits >= 1 && candidate.length() >= 4)) {
                return candidate;
            }
        }
        return null;
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
