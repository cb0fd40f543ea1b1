package app.relais.engine;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;
import org.springframework.context.Lifecycle;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * A few running state machines shared by every conversation of one flow.
 *
 * <p>Implementation notes. A started Spring Statemachine costs ~27-36 KiB and ~140 µs to start,
 * so keeping one per conversation is out of the question. Per event we take a running machine,
 * reset it to the conversation's state and facts, send the event, read the state back and return
 * the machine. This is safe only because our flows are flat (no regions, deferral, timers or
 * choice states): reset runs no entry action and keeps deferred events and timers alive. Other
 * traps of the library that shape this class: the reset Mono is lazy (it must be blocked on);
 * a machine must never be used by two threads at once (taken from the queue, it is ours alone);
 * a machine that stopped (an event into an end state) silently accepts and drops events, so it
 * is replaced instead of returned. Variables are immutable values because reset shares them.
 */
final class MachinePool<S extends Enum<S>, E extends Enum<E>> {

    private final Supplier<StateMachine<S, E>> factory;
    private final BlockingQueue<StateMachine<S, E>> idle;

    MachinePool(Supplier<StateMachine<S, E>> factory, int size) {
        this.factory = factory;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    /** The state reached from {@code from} on {@code event}, or null when the event is refused. */
    S fire(S from, E event, Map<String, Object> facts) {
        StateMachine<S, E> machine = take();
        try {
            var extended = new DefaultExtendedState();
            extended.getVariables().putAll(facts);
            var context = new DefaultStateMachineContext<S, E>(from, null, null, extended);
            machine.getStateMachineAccessor()
                    .doWithAllRegions(access -> access.resetStateMachineReactively(context).block());
            StateMachineEventResult<S, E> result = machine
                    .sendEvent(Mono.just(MessageBuilder.withPayload(event).build()))
                    .blockLast();
            if (result == null || result.getResultType() != StateMachineEventResult.ResultType.ACCEPTED) {
                return null;
            }
            return machine.getState().getId();
        } finally {
            giveBack(machine);
        }
    }

    /** Whether any transition or state of the machine has an action (then every event must run it). */
    boolean hasActions() {
        StateMachine<S, E> machine = take();
        try {
            boolean transitions = machine.getTransitions().stream().anyMatch(t -> !t.getActions().isEmpty());
            boolean states = machine.getStates().stream().anyMatch(state -> !state.getEntryActions().isEmpty()
                    || !state.getExitActions().isEmpty() || !state.getStateActions().isEmpty());
            return transitions || states;
        } finally {
            giveBack(machine);
        }
    }

    private StateMachine<S, E> take() {
        StateMachine<S, E> machine = idle.poll();
        return machine != null ? machine : started();
    }

    private void giveBack(StateMachine<S, E> machine) {
        if (machine instanceof Lifecycle lifecycle && lifecycle.isRunning()) {
            idle.offer(machine);
        }
    }

    private StateMachine<S, E> started() {
        StateMachine<S, E> machine = factory.get();
        machine.startReactively().block();
        return machine;
    }
}
