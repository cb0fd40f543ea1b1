package app.relais.crisis;

import app.relais.conversation.Choice;
import app.relais.email.EmailOffer;
import app.relais.engine.Flow;
import app.relais.engine.Stage;
import app.relais.engine.StateMachineFlow;
import app.relais.engine.Turn;
import app.relais.followup.CalendarFile;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Assembles the crisis-kit flow: its machine, its stages and how it shows itself. */
public final class CrisisKitFlow {

    public static final String ID = "crisis-kit";
    static final String CONFIRMED_AT = "crisis.confirmed-at";
    static final String NEXT = "crisis:next";

    private CrisisKitFlow() {
    }

    public static Flow create(TimelineScheduler timeline, ZoneId zone, EmailOffer offer, CalendarFile calendar) {
        Map<CrisisState, Stage> stages = new EnumMap<>(CrisisState.class);
        stages.put(CrisisState.CHECKLIST, new ChecklistStage());
        stages.put(CrisisState.SERVICES, new InfoStage("crisis.services", "crisis.choice.to-announcements"));
        stages.put(CrisisState.ANNOUNCEMENTS, new AnnouncementsStage());
        stages.put(CrisisState.TIMELINE, new TimelineStage(timeline, zone, offer, calendar));
        return new StateMachineFlow<>(ID, CrisisState.class, CrisisEvent.class, CrisisState.CHECKLIST, stages,
                CrisisKitMachine::build, data -> Map.of(), new Views(zone));
    }

    static Choice next(Turn turn, String labelKey) {
        return new Choice(NEXT, turn.t(labelKey));
    }

    static Choice back(Turn turn) {
        return new Choice("cmd:back", turn.t("choice.back"));
    }

    static String time(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(zone));
    }

    private record Views(ZoneId zone) implements StateMachineFlow.Views<CrisisState> {

        @Override
        public String describe(CrisisState state, Turn turn) {
            return turn.t("crisis.stage." + state.name().toLowerCase(Locale.ROOT));
        }

        @Override
        public String summary(Turn turn) {
            String confirmed = turn.data().answer(CONFIRMED_AT);
            return confirmed == null ? turn.t("crisis.dossier.unconfirmed")
                    : turn.t("crisis.dossier.confirmed", time(Instant.parse(confirmed), zone));
        }
    }
}
