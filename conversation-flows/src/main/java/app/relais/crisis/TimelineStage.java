package app.relais.crisis;

import app.relais.conversation.Choice;
import app.relais.conversation.FileRef;
import app.relais.conversation.Inbound;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import app.relais.email.EmailOffer;
import app.relais.engine.Turn;
import app.relais.followup.CalendarFile;
import app.relais.offscript.Awaiting;
import app.relais.offscript.Intent;
import app.relais.offscript.IntentAction;
import app.relais.offscript.Pending;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * TIMELINE: the playbook's steps with their clock times, counted from the confirmation, as they
 * were really done: a step the manager marked done shows when, and gets no reminder. A reminder
 * is planned for each step still to come. Then always a next action: mark a step done, post an
 * update, end the crisis (the back-to-normal text, ending the incident, its report), stop or
 * resume the reminders. Where the manager's channel cannot write to them on its own (the web chat
 * reaches only an open page), the stage says so and offers the steps as calendar events and, when
 * emails can be sent, by email.
 */
final class TimelineStage implements Pending {

    static final String STOP = "crisis:stop";
    static final String RESUME = "crisis:resume";
    static final String UPDATE = "crisis:update";
    static final String ENDED = "crisis:ended";
    static final String DONE = "crisis:done:";
    static final String AGAIN = "cmd:start crisis";
    /** The kind of the steps' email reminders: {@code crisis:social-post}... */
    static final String EMAIL_KIND = "crisis:";
    private static final String REMINDERS_OFF = "crisis.reminders-off";
    private static final String OVER = "crisis.over";

    private final CrisisServices services;
    private final Announcements announcements;

    TimelineStage(CrisisServices services) {
        this.services = services;
        this.announcements = new Announcements(services);
    }

    /** The answer a step's completion time is kept in. */
    static String done(TimelineStep step) {
        return "crisis.done." + step.key();
    }

    @Override
    public void enter(Turn turn) {
        turn.say(timeline(turn) + "\n\n" + turn.t("crisis.cadence"));
        if (!plan(turn)) {
            prompt(turn);
        }
    }

    /** The timeline again, and the steps' calendar for a page that cannot alert the manager later. */
    @Override
    public void recap(Turn turn) {
        turn.say(timeline(turn) + "\n\n" + turn.t("crisis.cadence"));
        if (!services.offer().channelReaches(turn) && remindersOn(turn) && !upcoming(turn).isEmpty()) {
            turn.say(here(turn));
        }
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        if (services.offer().asking(turn)) {
            services.offer().ask(turn, turn.t("reminders.email.ask.crisis"));
            return;
        }
        List<Choice> choices = new ArrayList<>();
        if (turn.data().answer(OVER) != null) {
            choices.add(new Choice(UPDATE, turn.t("crisis.choice.texts-again")));
            choices.add(new Choice(AGAIN, turn.t("crisis.choice.again")));
            turn.say(Reply.choose(turn.t("crisis.over.next"), choices));
            return;
        }
        for (TimelineStep step : pending(turn)) {
            choices.add(new Choice(DONE + step.key(), turn.t("crisis.choice.done." + step.key())));
        }
        choices.add(new Choice(UPDATE, turn.t("crisis.choice.update")));
        choices.add(new Choice(ENDED, turn.t("crisis.choice.ended")));
        choices.add(remindersOn(turn) ? new Choice(STOP, turn.t("crisis.choice.stop"))
                : new Choice(RESUME, turn.t("crisis.choice.resume")));
        turn.say(Reply.choose(turn.t("crisis.timeline.next"), choices));
    }

    @Override
    public void handle(Turn turn) {
        if (services.offer().asking(turn) && answeredEmail(turn)) {
            return;
        }
        String id = turn.inbound() instanceof Inbound.Choice choice ? choice.choiceId() : "";
        if (id.startsWith(DONE)) {
            markDone(id.substring(DONE.length()), turn);
        } else if (id.equals(UPDATE)) {
            turn.say(turn.t(turn.data().answer(OVER) != null ? "crisis.resolved.intro" : "crisis.update.intro"));
            new AnnouncementsStage(services).say(turn.data().answer(OVER) != null
                    ? Announcements.Kind.RESOLVED : Announcements.Kind.UPDATE, turn);
            prompt(turn);
        } else if (id.equals(ENDED)) {
            end(turn);
        } else if (id.equals(STOP)) {
            services.timeline().cancel(turn.key());
            services.offer().reminders().cancel(turn.key(), EMAIL_KIND);
            turn.update(d -> d.withAnswer(REMINDERS_OFF, "1"));
            turn.say(turn.t("crisis.timeline.stopped"));
            prompt(turn);
        } else if (id.equals(RESUME)) {
            turn.update(d -> d.withAnswer(REMINDERS_OFF, null));
            if (!plan(turn)) {
                prompt(turn);
            }
        } else {
            turn.notUnderstood();
            prompt(turn);
        }
    }

    private void markDone(String key, Turn turn) {
        TimelineStep step = TimelineStep.byKey(key).orElse(null);
        if (step == null || turn.data().answer(done(step)) != null) {
            prompt(turn);
            return;
        }
        turn.update(d -> d.withAnswer(done(step), turn.now().toString()));
        turn.say(turn.t("crisis.timeline.marked", turn.t("crisis.step." + step.key()), services.clock(turn.now())));
        services.offer().reminders().cancel(turn.key(), EMAIL_KIND + step.key());
        if (remindersOn(turn)) {
            services.timeline().schedule(turn.key(), turn.data().locale(), start(turn), doneSteps(turn));
        }
        prompt(turn);
    }

    private void end(Turn turn) {
        services.timeline().cancel(turn.key());
        services.offer().reminders().cancel(turn.key(), EMAIL_KIND);
        turn.update(d -> d.withAnswer(OVER, turn.now().toString()).withAnswer(REMINDERS_OFF, "1"));
        turn.say(turn.t("crisis.ended"));
        new AnnouncementsStage(services).say(Announcements.Kind.RESOLVED, turn);
        List<Link> links = new ArrayList<>();
        boolean open = services.board().openOn(services.channel()).isPresent();
        if (open) {
            services.links().to("/admin/incidents.html#incident-form", turn.key())
                    .ifPresent(url -> links.add(new Link(turn.t("crisis.ended.close-link"), url)));
        }
        services.links().to("/admin/reports.html", turn.key())
                .ifPresent(url -> links.add(new Link(turn.t("crisis.ended.report-link"), url)));
        String next = turn.t(open ? "crisis.ended.close" : "crisis.ended.closed") + "\n" + turn.t("crisis.ended.learn");
        turn.say(Reply.text(next).withLinks(links));
        prompt(turn);
    }

    private String timeline(Turn turn) {
        Instant start = start(turn);
        StringBuilder text = new StringBuilder(turn.t("crisis.timeline.heading", services.zoneLabel(turn.texts().locale())));
        for (TimelineStep step : TimelineStep.values()) {
            String doneAt = step == TimelineStep.CONFIRM ? start.toString() : turn.data().answer(done(step));
            Instant at = start.plus(step.offset());
            String when = doneAt != null ? turn.t("crisis.timeline.done-at", services.clock(Instant.parse(doneAt)))
                    : at.isAfter(turn.now()) ? turn.t("crisis.timeline.at", services.clock(at)) : turn.t("crisis.timeline.now");
            text.append("\n").append(doneAt != null ? "✓ " : "• ")
                    .append(turn.t("crisis.timeline.line", turn.t("crisis.step." + step.key()), when));
        }
        return text.toString();
    }

    /**
     * Plans reminders for the steps still to come and says how they will come, or that they are off;
     * true when it went on to ask for an address (the question is then the pending one).
     */
    private boolean plan(Turn turn) {
        if (!remindersOn(turn)) {
            turn.say(turn.t("crisis.timeline.reminders-off"));
            return false;
        }
        List<TimelineScheduler.Reminder> plan = services.timeline().schedule(turn.key(), turn.data().locale(), start(turn),
                doneSteps(turn));
        EmailOffer offer = services.offer();
        if (plan.isEmpty()) {
            turn.say(turn.t("crisis.timeline.all-due"));
        } else if (offer.channelReaches(turn)) {
            turn.say(turn.t("crisis.timeline.reminders", plan.size()));
        } else {
            // Honesty: a web page cannot alert the manager at each step unless it happens to be open.
            turn.say(here(turn));
            if (offer.worthAsking(turn)) {
                offer.ask(turn, turn.t("reminders.email.ask.crisis"));
                return true;
            }
        }
        return false;
    }

    /** The answer to the address question; false when the input was for something else. */
    private boolean answeredEmail(Turn turn) {
        EmailOffer offer = services.offer();
        EmailOffer.Answer answer = offer.answer(turn);
        if (answer instanceof EmailOffer.Address address) {
            List<String> times = new ArrayList<>();
            for (TimelineStep step : upcoming(turn)) {
                Instant due = start(turn).plus(step.offset());
                offer.reminders().schedule(turn.key(), address.address(), turn.data().locale(),
                        EMAIL_KIND + step.key(), due);
                times.add(services.clock(due));
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

    @Override
    public Awaiting awaiting(Turn turn) {
        return services.offer().asking(turn) ? Awaiting.VALUE : Awaiting.CHOICE;
    }

    /** At the address question, "non merci", "je sais pas" are answers the offer reads itself. */
    @Override
    public boolean react(Intent intent, Turn turn) {
        if (services.offer().asking(turn) && (intent.action() == IntentAction.YES || intent.action() == IntentAction.NO
                || intent.action() == IntentAction.SKIP)) {
            handle(turn);
            return true;
        }
        return false;
    }

    /** Honesty about the web page, and the steps still to come as calendar events with an alarm each. */
    private Reply here(Turn turn) {
        List<CalendarFile.Event> events = upcoming(turn).stream()
                .map(step -> new CalendarFile.Event(eventId(turn, step), start(turn).plus(step.offset()),
                        turn.t("crisis.reminder." + step.key()), turn.t("reminders.crisis.calendar.description")))
                .toList();
        FileRef ics = services.calendar().save(turn.key(), events, turn.t("reminders.crisis.calendar.name"));
        return Reply.text(turn.t("reminders.crisis.here", ics.name())).withFiles(List.of(ics));
    }

    /** The same id for the same step of the same crisis, so a calendar updates it rather than adding it twice. */
    private String eventId(Turn turn, TimelineStep step) {
        String seed = turn.key().asString() + "/" + step + "/" + start(turn);
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)) + "@relais";
    }

    /** The steps not done whose time is still to come. */
    private List<TimelineStep> upcoming(Turn turn) {
        Instant start = start(turn);
        return pending(turn).stream().filter(s -> start.plus(s.offset()).isAfter(turn.now())).toList();
    }

    private Instant start(Turn turn) {
        String confirmed = turn.data().answer(CrisisKitFlow.CONFIRMED_AT);
        return confirmed == null ? turn.now() : Instant.parse(confirmed);
    }

    private static Set<TimelineStep> doneSteps(Turn turn) {
        Set<TimelineStep> done = EnumSet.of(TimelineStep.CONFIRM);
        for (TimelineStep step : TimelineStep.values()) {
            if (turn.data().answer(done(step)) != null) {
                done.add(step);
            }
        }
        return done;
    }

    private static List<TimelineStep> pending(Turn turn) {
        Set<TimelineStep> done = doneSteps(turn);
        return java.util.Arrays.stream(TimelineStep.values()).filter(s -> !done.contains(s)).toList();
    }

    private static boolean remindersOn(Turn turn) {
        return turn.data().answer(REMINDERS_OFF) == null;
    }
}
