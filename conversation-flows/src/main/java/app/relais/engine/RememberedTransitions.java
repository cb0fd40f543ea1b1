package app.relais.engine;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The outcome of every (state, event, facts) a flow's state machine has already answered.
 *
 * <p>Why: resetting a pooled Spring Statemachine and sending it an event through Reactor costs
 * about as much as the rest of an event's engine work together, under load half of it, yet our
 * flows are pure functions of (state, event, facts): guards read only the facts (immutable values)
 * and no transition or state has an action. So the machine answers each combination once and
 * stays the only place where transitions are defined and decided. A machine with actions is
 * never remembered: they must run on every event.
 */
final class RememberedTransitions<S extends Enum<S>, E extends Enum<E>> {

    /** Facts are a few booleans; should a flow ever put open-ended values there, stop remembering. */
    private static final int MAX_REMEMBERED = 10_000;

    private final MachinePool<S, E> machines;
    private final boolean pure;
    private final ConcurrentMap<Key<S, E>, Optional<S>> outcomes = new ConcurrentHashMap<>();

    RememberedTransitions(MachinePool<S, E> machines) {
        this.machines = machines;
        this.pure = !machines.hasActions();
    }

    /** The state reached from {@code from} on {@code event}, or null when the event is refused. */
    S fire(S from, E event, Map<String, Object> facts) {
        if (!pure) {
            return machines.fire(from, event, facts);
        }
        // The flows' facts are Map.of values already: copyOf returns them as they are.
        Key<S, E> key = new Key<>(from, event, Map.copyOf(facts));
        Optional<S> known = outcomes.get(key);
        if (known != null) {
            return known.orElse(null);
        }
        S next = machines.fire(from, event, facts);
        if (outcomes.size() < MAX_REMEMBERED) {
            outcomes.putIfAbsent(key, Optional.ofNullable(next));
        }
        return next;
    }

    /** How many combinations are remembered (for tests). */
    int remembered() {
        return outcomes.size();
    }

    private record Key<S, E>(S from, E event, Map<String, Object> facts) {
    }
}
