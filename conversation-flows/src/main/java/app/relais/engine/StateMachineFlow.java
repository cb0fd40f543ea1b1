package app.relais.engine;

import app.relais.store.CaseData;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.statemachine.StateMachine;

/** A {@link Flow} whose transitions are a Spring Statemachine and whose behaviour is its stages. */
public final class StateMachineFlow<S extends Enum<S>, E extends Enum<E>> implements Flow {

    /** Enough for every request thread that is inside the machine at once; ~30 KiB each, built on demand. */
    private static final int POOLED_MACHINES = 32;

    private final String id;
    private final Class<S> states;
    private final Class<E> events;
    private final S initial;
    private final Map<S, Stage> stages;
    private final RememberedTransitions<S, E> transitions;
    private final Views<S> views;
    private final Function<CaseData, Map<String, Object>> facts;

    public StateMachineFlow(String id, Class<S> states, Class<E> events, S initial, Map<S, Stage> stages,
                            Supplier<StateMachine<S, E>> machines, Function<CaseData, Map<String, Object>> facts,
                            Views<S> views) {
        this.id = id;
        this.states = states;
        this.events = events;
        this.initial = initial;
        this.stages = new EnumMap<>(stages);
        for (S state : states.getEnumConstants()) {
            if (!this.stages.containsKey(state)) {
                throw new IllegalArgumentException("flow " + id + " has no stage for " + state);
            }
        }
        this.transitions = new RememberedTransitions<>(new MachinePool<>(machines, POOLED_MACHINES));
        this.views = views;
        this.facts = facts;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String initialState() {
        return initial.name();
    }

    @Override
    public Stage stage(String state) {
        return stages.get(Enum.valueOf(states, state));
    }

    @Override
    public Optional<String> fire(String state, String event, CaseData data) {
        E parsed;
        try {
            parsed = Enum.valueOf(events, event);
        } catch (IllegalArgumentException unknownEvent) {
            return Optional.empty();
        }
        S next = transitions.fire(Enum.valueOf(states, state), parsed, facts.apply(data));
        return Optional.ofNullable(next).map(Enum::name);
    }

    @Override
    public String describe(String state, Turn turn) {
        return views.describe(Enum.valueOf(states, state), turn);
    }

    @Override
    public void dossier(String argument, Turn turn) {
        views.dossier(argument, turn);
    }

    @Override
    public String summary(Turn turn) {
        return views.summary(turn);
    }

    @Override
    public Stage overlay(Turn turn) {
        return views.overlay(turn);
    }

    /** How a flow shows its position and what it collected, and what may stand in for its stages. */
    public interface Views<S> {
        String describe(S state, Turn turn);

        /** What the conversation collected, as plain text (for /dossier by default, and for agents). */
        String summary(Turn turn);

        default void dossier(String argument, Turn turn) {
            turn.say(summary(turn));
        }

        default Stage overlay(Turn turn) {
            return null;
        }
    }

    @Override
    public boolean knows(String state) {
        for (S s : states.getEnumConstants()) {
            if (s.name().equals(state)) {
                return true;
            }
        }
        return false;
    }
}
