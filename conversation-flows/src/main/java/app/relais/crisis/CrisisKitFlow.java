package app.relais.crisis;

import app.relais.conversation.Choice;
import app.relais.engine.Flow;
import app.relais.engine.Stage;
import app.relais.engine.StateMachineFlow;
import app.relais.engine.Turn;
import java.time.Instant;
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

    public static Flow create(CrisisServices services) {
        Map<CrisisState, Stage> stages = new EnumMap<>(CrisisState.class);
        stages.put(CrisisState.CHECKLIST, new ChecklistStage());
        stages.put(CrisisState.DECLARE, new DeclareStage(services));
        stages.put(CrisisState.SERVICES, new InfoStage("crisis.services", "crisis.choice.to-announcements"));
        stages.put(CrisisState.ANNOUNCEMENTS, new AnnouncementsStage(services));
        stages.put(CrisisState.TIMELINE, new TimelineStage(services));
        return new StateMachineFlow<>(ID, CrisisState.class, CrisisEvent.class, CrisisState.CHECKLIST, stages,
                CrisisKitMachine::build, data -> Map.of(), new Views(services));
    }

    static Choice next(Turn turn, String labelKey) {
        return new Choice(NEXT, turn.t(labelKey));
    }

    static Choice back(Turn turn) {
        return new Choice("cmd:back", turn.t("choice.back"));
    }

    private record Views(CrisisServices services) implements StateMachineFlow.Views<CrisisState> {

        @Override
        public String describe(CrisisState state, Turn turn) {
            return turn.t("crisis.stage." + state.name().toLowerCase(Locale.ROOT));
        }

        @Override
        public String summary(Turn turn) {
            String confirmed = turn.data().answer(CONFIRMED_AT);
            return confirmed == null ? turn.t("crisis.dossier.unconfirmed")
                    : turn.t("crisis.dossier.confirmed", services.clock(Instant.parse(confirmed)));
        }
    }
}
