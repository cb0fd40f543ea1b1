package app.relais.support;

import app.relais.engine.Flow;
import app.relais.engine.Stage;
import app.relais.engine.StateMachineFlow;
import app.relais.engine.Turn;
import java.util.EnumMap;
import java.util.Map;

/** Assembles the support-request flow: its machine, its stages and how it shows itself. */
public final class SupportRequestFlow {

    public static final String ID = "support-request";

    private SupportRequestFlow() {
    }

    public static Flow create(SupportServices services) {
        Map<SupportState, Stage> stages = new EnumMap<>(SupportState.class);
        stages.put(SupportState.TRIAGE, new TriageStage(services));
        stages.put(SupportState.ADVICE, new AdviceStage(services));
        stages.put(SupportState.EVIDENCE, new EvidenceStage(services));
        stages.put(SupportState.ROLE_AND_FACTS, new RoleAndFactsStage());
        stages.put(SupportState.IMPACT, new ImpactStage());
        stages.put(SupportState.DESIRED_OUTCOME, new DesiredOutcomeStage(services));
        stages.put(SupportState.SIGNATURE, new SignatureStage(services));
        stages.put(SupportState.REVIEW, new ReviewStage(services));
        stages.put(SupportState.DELIVER, new DeliverStage(services));
        stages.put(SupportState.FOLLOW_UP, new FollowUpStage(services));
        DossierEditor editor = new DossierEditor(services, stages);
        return new StateMachineFlow<>(ID, SupportState.class, SupportEvent.class, SupportState.TRIAGE, stages,
                SupportRequestMachine::build,
                data -> SupportRequestMachine.facts(data.problem() != null
                        && !services.catalog().require(data.problem()).evidence().isEmpty()),
                new Views(services, new DossierView(services, editor), editor));
    }

    private record Views(SupportServices services, DossierView dossier, DossierEditor editor)
            implements StateMachineFlow.Views<SupportState> {

        @Override
        public String describe(SupportState state, Turn turn) {
            String stage = turn.t("stage." + state.name().toLowerCase(java.util.Locale.ROOT));
            if (turn.data().problem() == null) {
                return stage;
            }
            return stage + " — " + services.problem(turn).label().in(turn.texts().locale());
        }

        @Override
        public void dossier(String argument, Turn turn) {
            dossier.act(argument, turn);
        }

        @Override
        public String summary(Turn turn) {
            return dossier.summary(turn);
        }

        @Override
        public Stage overlay(Turn turn) {
            return editor.editing(turn).isPresent() ? editor : null;
        }
    }
}
