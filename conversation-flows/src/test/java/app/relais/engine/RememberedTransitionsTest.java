package app.relais.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.support.SupportEvent;
import app.relais.support.SupportRequestMachine;
import app.relais.support.SupportState;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineBuilder;

/**
 * The engine asks the state machine each (state, event, facts) once: every later answer must be
 * exactly what the machine itself says, and a machine with actions is asked every time.
 */
class RememberedTransitionsTest {

    @Test
    void everyRememberedOutcomeOfTheSupportRequestFlowIsTheMachinesOwn() {
        var remembered = new RememberedTransitions<>(new MachinePool<>(SupportRequestMachine::build, 2));
        var machine = new MachinePool<>(SupportRequestMachine::build, 2);
        int combinations = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (SupportState from : SupportState.values()) {
                for (SupportEvent event : SupportEvent.values()) {
                    for (boolean hasEvidence : new boolean[] {true, false}) {
                        Map<String, Object> facts = SupportRequestMachine.facts(hasEvidence);
                        assertThat(remembered.fire(from, event, facts))
                                .as("%s on %s with evidence %s, pass %d", from, event, hasEvidence, pass)
                                .isEqualTo(machine.fire(from, event, facts));
                        combinations += pass == 0 ? 1 : 0;
                    }
                }
            }
        }
        assertThat(remembered.remembered()).isEqualTo(combinations);
    }

    @Test
    void aMachineWithAnActionRunsItOnEveryEvent() {
        AtomicInteger actionRuns = new AtomicInteger();
        var remembered = new RememberedTransitions<>(new MachinePool<>(() -> withAction(actionRuns), 2));
        int before = actionRuns.get();

        assertThat(remembered.fire(Light.OFF, Switch.FLIP, Map.of())).isEqualTo(Light.ON);
        assertThat(remembered.fire(Light.OFF, Switch.FLIP, Map.of())).isEqualTo(Light.ON);

        assertThat(actionRuns.get() - before).isEqualTo(2);
        assertThat(remembered.remembered()).isZero();
    }

    enum Light { OFF, ON }

    enum Switch { FLIP }

    private static StateMachine<Light, Switch> withAction(AtomicInteger runs) {
        try {
            StateMachineBuilder.Builder<Light, Switch> builder = StateMachineBuilder.builder();
            builder.configureConfiguration().withConfiguration().autoStartup(false);
            builder.configureStates().withStates().initial(Light.OFF).states(java.util.EnumSet.allOf(Light.class));
            builder.configureTransitions()
                    .withExternal().source(Light.OFF).target(Light.ON).event(Switch.FLIP)
                    .action(context -> runs.incrementAndGet()).and()
                    .withExternal().source(Light.ON).target(Light.OFF).event(Switch.FLIP);
            return builder.build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
