package app.relais.outage;

import app.relais.engine.Flow;
import app.relais.engine.Stage;
import app.relais.engine.StateMachineFlow;
import app.relais.engine.Turn;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Assembles the outage-fallback flow: its machine, its stages and how it shows itself. */
public final class OutageFallbackFlow {

    public static final String ID = "outage-fallback";

    private OutageFallbackFlow() {
    }

    public static Flow create(OutageServices services) {
        Map<OutageState, Stage> stages = new EnumMap<>(OutageState.class);
        stages.put(OutageState.NEWS, new NewsStage(services));
        stages.put(OutageState.FAQ, new FaqStage(services));
        stages.put(OutageState.REQUEST, new RequestStage(services));
        stages.put(OutageState.SENT, new SentStage(services));
        return new StateMachineFlow<>(ID, OutageState.class, OutageEvent.class, OutageState.NEWS, stages,
                OutageFallbackMachine::build, data -> Map.of(), new Views());
    }

    private static final class Views implements StateMachineFlow.Views<OutageState> {

        @Override
        public String describe(OutageState state, Turn turn) {
            return turn.t("outage.stage." + state.name().toLowerCase(Locale.ROOT));
        }

        @Override
        public String summary(Turn turn) {
            var d = turn.data();
            return turn.t("outage.dossier", dash(d.answer(RequestStage.NAME)), dash(d.answer(RequestStage.CONTACT)),
                    dash(d.answer(OutageChoices.QUESTION)), dash(d.answer(RequestStage.TICKET)));
        }

        private static String dash(String value) {
            return value == null ? "-" : value;
        }
    }
}
