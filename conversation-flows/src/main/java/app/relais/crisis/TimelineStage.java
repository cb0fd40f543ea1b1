package app.relais.crisis;

import app.relais.conversation.Choice;
import app.relais.conversation.Inbound;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import app.relais.engine.Stage;
import app.relais.engine.Turn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * TIMELINE: the playbook's steps with their clock times, counted from the confirmation, as they
 * were really done: a step the manager marked done shows when, and gets no reminder. A reminder
 * is planned for each step still to come. Then always a next action: mark a step done, post an
 * update, end the crisis (the back-to-normal text, ending the incident, its report), stop or
 * resume the reminders.
 */
final class TimelineStage implements Stage {

    static final String STOP = "crisis:stop";
    static final String RESUME = "crisis:resume";
    static final String UPDATE = "crisis:update";
    static final String ENDED = "crisis:ended";
    static final String DONE = "crisis:done:";
    static final String AGAIN = "cmd:start crisis";
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
        turn.say(plan(turn));
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
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
            turn.update(d -> d.withAnswer(REMINDERS_OFF, "1"));
            turn.say(turn.t("crisis.timeline.stopped"));
            prompt(turn);
        } else if (id.equals(RESUME)) {
            turn.update(d -> d.withAnswer(REMINDERS_OFF, null));
            turn.say(plan(turn));
            prompt(turn);
        } else {
            turn.misunderstood();
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
        if (remindersOn(turn)) {
            services.timeline().schedule(turn.key(), turn.data().locale(), start(turn), doneSteps(turn));
        }
        prompt(turn);
    }

    private void end(Turn turn) {
        services.timeline().cancel(turn.key());
        turn.update(d -> d.withAnswer(OVER, turn.now().toString()).withAnswer(REMINDERS_OFF, "1"));
        turn.say(turn.t("crisis.ended"));
        new AnnouncementsStage(services).say(Announcements.Kind.RESOLVED, turn);
        List<Link> links = new ArrayList<>();
        boolean open = services.board().openOn(services.channel()).isPresent();
        if (open) {
            services.links().to("/admin/index.html#incident-form", turn.key())
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

    /** Plans reminders for the steps still to come and says how many, or that they are off. */
    private String plan(Turn turn) {
        if (!remindersOn(turn)) {
            return turn.t("crisis.timeline.reminders-off");
        }
        List<TimelineScheduler.Reminder> plan = services.timeline().schedule(turn.key(), turn.data().locale(), start(turn),
                doneSteps(turn));
        return plan.isEmpty() ? turn.t("crisis.timeline.all-due") : turn.t("crisis.timeline.reminders", plan.size());
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
