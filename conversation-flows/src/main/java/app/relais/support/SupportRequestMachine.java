package app.relais.support;

import static app.relais.support.SupportEvent.BACK;
import static app.relais.support.SupportEvent.DOSSIER_STARTED;
import static app.relais.support.SupportEvent.DRAFT_APPROVED;
import static app.relais.support.SupportEvent.EVIDENCE_DONE;
import static app.relais.support.SupportEvent.FACTS_DONE;
import static app.relais.support.SupportEvent.IMPACT_DONE;
import static app.relais.support.SupportEvent.OUTCOME_DONE;
import static app.relais.support.SupportEvent.PROBLEM_CONFIRMED;
import static app.relais.support.SupportEvent.REQUEST_SENT;
import static app.relais.support.SupportEvent.SIGNED;
import static app.relais.support.SupportState.ADVICE;
import static app.relais.support.SupportState.DELIVER;
import static app.relais.support.SupportState.DESIRED_OUTCOME;
import static app.relais.support.SupportState.EVIDENCE;
import static app.relais.support.SupportState.FOLLOW_UP;
import static app.relais.support.SupportState.IMPACT;
import static app.relais.support.SupportState.REVIEW;
import static app.relais.support.SupportState.ROLE_AND_FACTS;
import static app.relais.support.SupportState.SIGNATURE;
import static app.relais.support.SupportState.TRIAGE;

import java.util.EnumSet;
import java.util.Map;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.guard.Guard;
import org.springframework.statemachine.support.StateMachineObjectSupport;

/**
 * The support-request state machine (drawing in {@code statechart.txt} beside this class). Flat on
 * purpose: no regions, deferral, timers or choice pseudo-states, so that a pooled machine can be
 * reset to any conversation's state (see {@code MachinePool}).
 */
public final class SupportRequestMachine {

    /** Extended-state fact: the problem needs evidence, so EVIDENCE is not skipped. */
    public static final String HAS_EVIDENCE = "hasEvidence";

    static final Guard<SupportState, SupportEvent> HAS_EVIDENCE_GUARD =
            ctx -> Boolean.TRUE.equals(ctx.getExtendedState().get(HAS_EVIDENCE, Boolean.class));
    static final Guard<SupportState, SupportEvent> NO_EVIDENCE_GUARD = ctx -> !HAS_EVIDENCE_GUARD.evaluate(ctx);

    private SupportRequestMachine() {
    }

    public static Map<String, Object> facts(boolean hasEvidence) {
        return Map.of(HAS_EVIDENCE, hasEvidence);
    }

    public static StateMachine<SupportState, SupportEvent> build() {
        try {
            StateMachineBuilder.Builder<SupportState, SupportEvent> builder = StateMachineBuilder.builder();
            builder.configureConfiguration().withConfiguration().machineId("support-request").autoStartup(false);
            builder.configureStates().withStates().initial(TRIAGE).states(EnumSet.allOf(SupportState.class));
            builder.configureTransitions()
                    .withExternal().source(TRIAGE).target(ADVICE).event(PROBLEM_CONFIRMED).and()
                    .withExternal().source(ADVICE).target(EVIDENCE).event(DOSSIER_STARTED).guard(HAS_EVIDENCE_GUARD).and()
                    .withExternal().source(ADVICE).target(ROLE_AND_FACTS).event(DOSSIER_STARTED).guard(NO_EVIDENCE_GUARD).and()
                    .withExternal().source(EVIDENCE).target(ROLE_AND_FACTS).event(EVIDENCE_DONE).and()
                    .withExternal().source(ROLE_AND_FACTS).target(IMPACT).event(FACTS_DONE).and()
                    .withExternal().source(IMPACT).target(DESIRED_OUTCOME).event(IMPACT_DONE).and()
                    .withExternal().source(DESIRED_OUTCOME).target(SIGNATURE).event(OUTCOME_DONE).and()
                    .withExternal().source(SIGNATURE).target(REVIEW).event(SIGNED).and()
                    .withExternal().source(REVIEW).target(DELIVER).event(DRAFT_APPROVED).and()
                    .withExternal().source(DELIVER).target(FOLLOW_UP).event(REQUEST_SENT).and()
                    .withExternal().source(ADVICE).target(TRIAGE).event(BACK).and()
                    .withExternal().source(EVIDENCE).target(ADVICE).event(BACK).and()
                    .withExternal().source(ROLE_AND_FACTS).target(EVIDENCE).event(BACK).guard(HAS_EVIDENCE_GUARD).and()
                    .withExternal().source(ROLE_AND_FACTS).target(ADVICE).event(BACK).guard(NO_EVIDENCE_GUARD).and()
                    .withExternal().source(IMPACT).target(ROLE_AND_FACTS).event(BACK).and()
                    .withExternal().source(DESIRED_OUTCOME).target(IMPACT).event(BACK).and()
                    .withExternal().source(SIGNATURE).target(DESIRED_OUTCOME).event(BACK).and()
                    .withExternal().source(REVIEW).target(SIGNATURE).event(BACK).and()
                    .withExternal().source(DELIVER).target(REVIEW).event(BACK).and()
                    .withExternal().source(FOLLOW_UP).target(DELIVER).event(BACK);
            StateMachine<SupportState, SupportEvent> machine = builder.build();
            if (machine instanceof StateMachineObjectSupport<?, ?> support) {
                // Context events cost a failed bean lookup per notification; nothing listens to them.
                support.setContextEventsEnabled(false);
            }
            return machine;
        } catch (Exception e) {
            throw new IllegalStateException("the support-request machine is misconfigured", e);
        }
    }
}
