package app.relais.support;

import app.relais.catalog.EvidenceItem;
import app.relais.catalog.Problem;
import app.relais.dossier.EvidenceEntry;
import app.relais.engine.Flow;
import app.relais.engine.Stage;
import app.relais.engine.StateMachineFlow;
import app.relais.engine.Turn;
import app.relais.files.StoredFile;
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
        stages.put(SupportState.REVIEW, new ReviewStage(services));
        stages.put(SupportState.DELIVER, new DeliverStage(services));
        stages.put(SupportState.FOLLOW_UP, new FollowUpStage(services));
        return new StateMachineFlow<>(ID, SupportState.class, SupportEvent.class, SupportState.TRIAGE, stages,
                SupportRequestMachine::build,
                data -> SupportRequestMachine.facts(data.problem() != null
                        && !services.catalog().require(data.problem()).evidence().isEmpty()),
                new Views(services));
    }

    private record Views(SupportServices services) implements StateMachineFlow.Views<SupportState> {

        @Override
        public String describe(SupportState state, Turn turn) {
            String stage = turn.t("stage." + state.name().toLowerCase(java.util.Locale.ROOT));
            if (turn.data().problem() == null) {
                return stage;
            }
            return stage + " — " + services.problem(turn).label().in(turn.texts().locale());
        }

        @Override
        public String dossier(Turn turn) {
            if (turn.data().problem() == null) {
                return turn.t("dossier.empty");
            }
            Problem problem = services.problem(turn);
            var locale = turn.texts().locale();
            long done = problem.evidence().stream()
                    .filter(i -> turn.data().evidence().containsKey(i.id())).count();
            StringBuilder text = new StringBuilder(turn.t("dossier.heading", problem.label().in(locale), done,
                    problem.evidence().size()));
            for (EvidenceItem item : problem.evidence()) {
                EvidenceEntry entry = turn.data().evidence().get(item.id());
                text.append("\n• ").append(item.label().in(locale)).append(" : ");
                if (entry == null) {
                    text.append(turn.t("dossier.missing"));
                } else if (entry.skipped()) {
                    text.append(turn.t("dossier.skipped"));
                } else if (!entry.fileIds().isEmpty()) {
                    text.append(String.join(", ", entry.fileIds().stream()
                            .map(id -> services.files().find(id).map(StoredFile::name).orElse("?")).toList()));
                } else {
                    text.append(entry.value());
                }
            }
            return text.toString();
        }
    }
}
