package app.relais.crisis;

import app.relais.conversation.Choice;
import app.relais.conversation.FileRef;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.email.EmailOffer;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import app.relais.followup.CalendarFile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * TIMELINE: the playbook's steps with their clock times, counted from the confirmation, and the
 * update cadence. Entering plans a reminder for each step still to come. Where the manager's
 * channel cannot write to them on its own (the web chat reaches only an open page), the stage says
 * so and offers the steps as calendar events and, when emails can be sent, by email.
 */
final class TimelineStage implements Stage {

    static final String STOP = "crisis:stop";
    /** The kind of the steps' email reminders: {@code crisis:social-post}... */
    static final String EMAIL_KIND = "crisis:";

    private final TimelineScheduler timeline;
    private final ZoneId zone;
    private final EmailOffer offer;
    private final CalendarFile calendar;

    TimelineStage(TimelineScheduler timeline, ZoneId zone, EmailOffer offer, CalendarFile calendar) {
        this.timeline = timeline;
        this.zone = zone;
        this.offer = offer;
        this.calendar = calendar;
    }

    @Override
    public void enter(Turn turn) {
        turn.say(timelineText(turn));
        List<TimelineScheduler.Reminder> plan = timeline.schedule(turn.key(), turn.data().locale(), start(turn));
        if (plan.isEmpty()) {
            turn.say(turn.t("crisis.timeline.all-due"));
        } else if (offer.channelReaches(turn)) {
            turn.say(turn.t("crisis.timeline.reminders", plan.size()));
        } else {
            turn.say(here(turn));
            if (offer.worthAsking(turn)) {
                offer.ask(turn, turn.t("reminders.email.ask.crisis"));
                return;
            }
        }
        prompt(turn);
    }

    /** The timeline again, and the steps' calendar for a page that cannot alert the manager later. */
    @Override
    public void recap(Turn turn) {
        turn.say(timelineText(turn));
        if (!offer.channelReaches(turn) && !upcoming(turn).isEmpty()) {
            turn.say(here(turn));
        }
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        if (offer.asking(turn)) {
            offer.ask(turn, turn.t("reminders.email.ask.crisis"));
            return;
        }
        turn.say(Reply.choose(turn.t("crisis.timeline.next"), List.of(
                new Choice(STOP, turn.t("crisis.choice.stop")), CrisisKitFlow.back(turn))));
    }

    @Override
    public void handle(Turn turn) {
        if (offer.asking(turn) && answeredEmail(turn)) {
            return;
        }
        if (turn.inbound() instanceof Inbound.Choice choice && choice.choiceId().equals(STOP)) {
            timeline.cancel(turn.key());
            offer.reminders().cancel(turn.key(), EMAIL_KIND);
            turn.say(turn.t("crisis.timeline.stopped"));
        } else {
            turn.misunderstood();
            prompt(turn);
        }
    }

    private boolean answeredEmail(Turn turn) {
        EmailOffer.Answer answer = offer.answer(turn);
        if (answer instanceof EmailOffer.Address address) {
            List<String> times = new ArrayList<>();
            for (TimelineStep step : upcoming(turn)) {
                Instant due = start(turn).plus(step.offset());
                offer.reminders().schedule(turn.key(), address.address(), turn.data().locale(),
                        EMAIL_KIND + step.key(), due);
                times.add(CrisisKitFlow.time(due, offer.zone(turn)));
            }
            turn.say(turn.t("reminders.email.scheduled.crisis", address.address(), String.join(", ", times)));
        } else if (answer instanceof EmailOffer.Declined) {
            turn.say(turn.t("reminders.email.declined"));
        } else if (answer instanceof EmailOffer.Elsewhere) {
            return false;
        }
        prompt(turn);
        return true;
    }

    private String timelineText(Turn turn) {
        Instant start = start(turn);
        StringBuilder text = new StringBuilder(turn.t("crisis.timeline.heading"));
        for (TimelineStep step : TimelineStep.values()) {
            Instant at = start.plus(step.offset());
            String when = at.isAfter(turn.now()) ? CrisisKitFlow.time(at, zone) : turn.t("crisis.timeline.now");
            text.append("\n• ").append(turn.t("crisis.timeline." + step.key(), when));
        }
        return text.append("\n\n").append(turn.t("crisis.cadence")).toString();
    }

    /** Honesty about the web page, and the steps still to come as calendar events with an alarm each. */
    private Reply here(Turn turn) {
        List<CalendarFile.Event> events = upcoming(turn).stream()
                .map(step -> new CalendarFile.Event(eventId(turn, step), start(turn).plus(step.offset()),
                        turn.t("crisis.reminder." + step.key()), turn.t("reminders.crisis.calendar.description")))
                .collect(Collectors.toList());
        FileRef ics = calendar.save(turn.key(), events, turn.t("reminders.crisis.calendar.name"));
        return Reply.text(turn.t("reminders.crisis.here", ics.name())).withFiles(List.of(ics));
    }

    /** The same id for the same step of the same crisis, so a calendar updates it rather than adding it twice. */
    private static String eventId(Turn turn, TimelineStep step) {
        String seed = turn.key().asString() + "/" + step + "/" + start(turn);
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)) + "@relais";
    }

    /** The steps whose time is still to come. */
    private List<TimelineStep> upcoming(Turn turn) {
        Instant start = start(turn);
        return List.of(TimelineStep.values()).stream().filter(s -> start.plus(s.offset()).isAfter(turn.now())).toList();
    }

    private static Instant start(Turn turn) {
        String confirmed = turn.data().answer(CrisisKitFlow.CONFIRMED_AT);
        return confirmed == null ? turn.now() : Instant.parse(confirmed);
    }
}
