package app.relais.outage;

import static app.relais.outage.OutageEvent.ASK;
import static app.relais.outage.OutageEvent.BACK;
import static app.relais.outage.OutageEvent.NEWS;
import static app.relais.outage.OutageEvent.REQUEST_OPENED;
import static app.relais.outage.OutageEvent.WRITE;
import static app.relais.outage.OutageState.FAQ;
import static app.relais.outage.OutageState.REQUEST;
import static app.relais.outage.OutageState.SENT;

import java.util.EnumSet;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.support.StateMachineObjectSupport;

/**
 * The outage-fallback state machine (drawing in {@code statechart.txt} beside this class). Flat,
 * like every flow, so that pooled machines can be reset to any conversation's state.
 */
public final class OutageFallbackMachine {

    private OutageFallbackMachine() {
    }

    public static StateMachine<OutageState, OutageEvent> build() {
        try {
            StateMachineBuilder.Builder<OutageState, OutageEvent> builder = StateMachineBuilder.builder();
            builder.configureConfiguration().withConfiguration().machineId("outage-fallback").autoStartup(false);
            builder.configureStates().withStates().initial(OutageState.NEWS).states(EnumSet.allOf(OutageState.class));
            builder.configureTransitions()
                    .withExternal().source(OutageState.NEWS).target(FAQ).event(ASK).and()
                    .withExternal().source(OutageState.NEWS).target(REQUEST).event(WRITE).and()
                    .withExternal().source(FAQ).target(REQUEST).event(WRITE).and()
                    .withExternal().source(FAQ).target(OutageState.NEWS).event(NEWS).and()
                    .withExternal().source(FAQ).target(OutageState.NEWS).event(BACK).and()
                    .withExternal().source(REQUEST).target(SENT).event(REQUEST_OPENED).and()
                    .withExternal().source(REQUEST).target(OutageState.NEWS).event(BACK).and()
                    .withExternal().source(SENT).target(FAQ).event(ASK).and()
                    .withExternal().source(SENT).target(OutageState.NEWS).event(NEWS).and()
                    .withExternal().source(SENT).target(OutageState.NEWS).event(BACK);
            StateMachine<OutageState, OutageEvent> machine = builder.build();
            if (machine instanceof StateMachineObjectSupport<?, ?> support) {
                support.setContextEventsEnabled(false);
            }
            return machine;
        } catch (Exception e) {
            throw new IllegalStateException("the outage-fallback machine is misconfigured", e);
        }
    }
}
