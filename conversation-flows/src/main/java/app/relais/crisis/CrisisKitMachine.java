package app.relais.crisis;

import static app.relais.crisis.CrisisEvent.BACK;
import static app.relais.crisis.CrisisEvent.NEXT;
import static app.relais.crisis.CrisisState.ANNOUNCEMENTS;
import static app.relais.crisis.CrisisState.CHECKLIST;
import static app.relais.crisis.CrisisState.DECLARE;
import static app.relais.crisis.CrisisState.SERVICES;
import static app.relais.crisis.CrisisState.TIMELINE;

import java.util.EnumSet;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.support.StateMachineObjectSupport;

/** The crisis-kit state machine (drawing in {@code statechart.txt} beside this class); flat, like every flow. */
public final class CrisisKitMachine {

    private CrisisKitMachine() {
    }

    public static StateMachine<CrisisState, CrisisEvent> build() {
        try {
            StateMachineBuilder.Builder<CrisisState, CrisisEvent> builder = StateMachineBuilder.builder();
            builder.configureConfiguration().withConfiguration().machineId("crisis-kit").autoStartup(false);
            builder.configureStates().withStates().initial(CHECKLIST).states(EnumSet.allOf(CrisisState.class));
            builder.configureTransitions()
                    .withExternal().source(CHECKLIST).target(DECLARE).event(NEXT).and()
                    .withExternal().source(DECLARE).target(SERVICES).event(NEXT).and()
                    .withExternal().source(SERVICES).target(ANNOUNCEMENTS).event(NEXT).and()
                    .withExternal().source(ANNOUNCEMENTS).target(TIMELINE).event(NEXT).and()
                    .withExternal().source(DECLARE).target(CHECKLIST).event(BACK).and()
                    .withExternal().source(SERVICES).target(DECLARE).event(BACK).and()
                    .withExternal().source(ANNOUNCEMENTS).target(SERVICES).event(BACK).and()
                    .withExternal().source(TIMELINE).target(ANNOUNCEMENTS).event(BACK);
            StateMachine<CrisisState, CrisisEvent> machine = builder.build();
            if (machine instanceof StateMachineObjectSupport<?, ?> support) {
                support.setContextEventsEnabled(false);
            }
            return machine;
        } catch (Exception e) {
            throw new IllegalStateException("the crisis-kit machine is misconfigured", e);
        }
    }
}
