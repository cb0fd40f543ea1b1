package app.relais.engine;

import app.relais.conversation.ConversationEngine;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.Inbound;
import app.relais.conversation.Replies;
import app.relais.conversation.Reply;
import app.relais.dossier.SecretRedactor;
import app.relais.i18n.Messages;
import app.relais.store.CaseData;
import app.relais.store.ConcurrentUpdateException;
import app.relais.store.ConversationSnapshot;
import app.relais.store.ConversationStore;
import app.relais.store.MessageTime;
import app.relais.store.TurnRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ConversationEngine}: load the snapshot, let global commands or the current stage
 * handle the event, run the transitions the stage asked for, write the snapshot through, answer.
 */
public final class FlowEngine implements ConversationEngine {

    private static final Logger log = LoggerFactory.getLogger(FlowEngine.class);
    private static final int MAX_TRANSITIONS_PER_EVENT = 8;
    private static final int MAX_SAVE_ATTEMPTS = 50;

    private final Map<String, Flow> flows = new LinkedHashMap<>();
    private final Flow defaultFlow;
    private final ConversationStore store;
    private final Clock clock;
    private final GlobalCommands commands;
    private final KeyedSerializer serializer = new KeyedSerializer(4096);
    private final SecretRedactor redactor = new SecretRedactor();
    private final List<TurnHook> hooks;

    public FlowEngine(List<Flow> flows, ConversationStore store, Clock clock, List<ErasureListener> erasers) {
        this(flows, store, clock, erasers, List.of());
    }

    public FlowEngine(List<Flow> flows, ConversationStore store, Clock clock, List<ErasureListener> erasers,
                      List<TurnHook> hooks) {
        this.hooks = List.copyOf(hooks);
        flows.forEach(f -> this.flows.put(f.id(), f));
        this.defaultFlow = flows.get(0);
        this.store = store;
        this.clock = clock;
        this.commands = new GlobalCommands(this, erasers);
    }

    @Override
    public Replies handle(Inbound inbound) {
        return serializer.run(inbound.key(), () -> handleWithRetry(inbound));
    }

    private Replies handleWithRetry(Inbound inbound) {
        for (int attempt = 1; ; attempt++) {
            try {
                return handleOnce(inbound);
            } catch (ConcurrentUpdateException e) {
                // Another instance handled an event of this conversation meanwhile: start again
                // from the snapshot it wrote, so neither answer is lost.
                if (attempt >= MAX_SAVE_ATTEMPTS) {
                    throw e;
                }
                log.debug("retrying after a concurrent update of {}", inbound.key());
            }
        }
    }

    private Replies handleOnce(Inbound received) {
        ConversationSnapshot stored = store.load(received.key()).orElse(null);
        ConversationSnapshot snapshot = stored == null
                ? fresh(received.key(), Messages.supported(received.locale()).getLanguage(), 0)
                : usable(stored) ? stored : fresh(stored.key(), stored.data().locale(), stored.version());
        // Secrets are masked before any stage sees the text, so no snapshot or draft ever holds them.
        Inbound inbound = masked(received);
        String warning = inbound == received ? null : Messages.of(snapshot.data().locale()).get("dossier.secret.warning");
        Turn turn = new Turn(inbound, snapshot.flow(), snapshot.state(), snapshot.data(), clock.instant());
        if (inbound != received) {
            turn.secretMasked();
        }
        // Hooks run before anything else may answer: while a human agent owns the conversation the
        // bot must stay silent, whatever the flow, the stage or the command.
        for (TurnHook hook : hooks) {
            if (hook.before(turn, flow(turn))) {
                runTransitions(turn);
                if (turn.handedOver()) {
                    // The hook handed the input to a flow's stage, which answered it as usual.
                    hooks.forEach(h -> h.after(turn));
                }
                return finish(snapshot, turn, warning);
            }
        }
        if (stored == null) {
            String preferred = preferredFlow(turn);
            if (preferred != null && !preferred.equals(turn.flow())) {
                turn.moveTo(preferred, flows.get(preferred).initialState());
            }
        }
        if (stored == null && !(inbound instanceof Inbound.Command) && !GlobalCommands.isCommand(inbound)) {
            // First contact without /start (a web visitor typing at once): the flow starts here.
            flow(turn).stage(turn.state()).enter(turn);
            if (!(inbound instanceof Inbound.Text)) {
                return finish(snapshot, turn, warning);
            }
            turn.replies().clear();
        }
        Inbound effective = GlobalCommands.parse(inbound);
        if (effective instanceof Inbound.Command command) {
            commands.run(command, turn);
        } else if (!commands.intercept(turn) && !answeredInstead(turn)) {
            current(turn).handle(turn);
        }
        runTransitions(turn);
        hooks.forEach(h -> h.after(turn));
        return finish(snapshot, turn, warning);
    }

    /** Whether a hook answered the input in place of the current stage (see {@link TurnHook#instead}). */
    private boolean answeredInstead(Turn turn) {
        Stage stage = current(turn);
        for (TurnHook hook : hooks) {
            if (hook.instead(turn, flow(turn), stage)) {
                return true;
            }
        }
        return false;
    }

    /** The flow a new conversation (or a bare /start) begins with: a hook may prefer one, e.g. during an outage. */
    String preferredFlow(Turn turn) {
        for (TurnHook hook : hooks) {
            String id = hook.preferredFlow(turn);
            if (id != null && flows.containsKey(id)) {
                return id;
            }
        }
        return null;
    }

    /**
     * Saves the turn: the snapshot and, in the same transaction, the turn's record (what the person
     * sent, masked, and the replies it owes), so that committed replies always reach the person.
     * The turn's time is after the previous one's, which makes the replies' ids increase. A turn
     * that erased the conversation leaves no record: its replies are sent once, as they are.
     */
    private Replies finish(ConversationSnapshot snapshot, Turn turn, String warning) {
        if (warning != null) {
            // Always first: channels put what they add about the masked message right after it.
            turn.replies().add(0, Reply.text(warning));
        }
        String maskedText = maskedText(turn.inbound(), warning != null);
        if (turn.data() == null) {
            store.delete(snapshot.key());
            return new Replies(turn.replies(), 0, snapshot.data().locale(), maskedText, true);
        }
        Instant at = MessageTime.turn(turn.now(), snapshot.version() == 0 ? null : snapshot.updatedAt());
        Replies replies = new Replies(turn.replies(), MessageTime.micros(at), turn.data().locale(), maskedText, false);
        store.save(snapshot.next(turn.flow(), turn.state(), turn.data(), at),
                new TurnRecord(turn.inbound(), Dispatch.of(snapshot.key(), replies)));
        return replies;
    }

    /** The person's message as it was kept, when a secret was masked in it; null otherwise. */
    private static String maskedText(Inbound inbound, boolean masked) {
        if (!masked) {
            return null;
        }
        if (inbound instanceof Inbound.Text text) {
            return text.text();
        }
        return inbound instanceof Inbound.Attachment files ? files.caption() : null;
    }

    /** The inbound event with passwords and login codes masked; the same object when there were none. */
    private Inbound masked(Inbound inbound) {
        if (inbound instanceof Inbound.Text text) {
            SecretRedactor.Result result = redactor.redact(text.text());
            return result.masked() ? new Inbound.Text(text.key(), result.text(), text.locale()) : inbound;
        }
        if (inbound instanceof Inbound.Attachment files && files.caption() != null) {
            SecretRedactor.Result result = redactor.redact(files.caption());
            return result.masked()
                    ? new Inbound.Attachment(files.key(), files.fileIds(), result.text(), files.locale()) : inbound;
        }
        return inbound;
    }

    /** The stage that handles input now: the flow's overlay when one is active, else the state's stage. */
    Stage current(Turn turn) {
        Flow flow = flow(turn);
        Stage overlay = flow.overlay(turn);
        return overlay != null ? overlay : flow.stage(turn.state());
    }

    void runTransitions(Turn turn) {
        for (int i = 0; i < MAX_TRANSITIONS_PER_EVENT; i++) {
            String nextFlow = turn.takeFlowSwitch();
            if (nextFlow != null) {
                Flow target = flows.getOrDefault(nextFlow, defaultFlow);
                turn.moveTo(target.id(), target.initialState());
                boolean quiet = turn.takeQuietEntry();
                Inbound handed = turn.takeHandedOver();
                int said = turn.replies().size();
                target.stage(turn.state()).enter(turn);
                if (quiet) {
                    // A hand-over: the input answers the first question, which is not asked.
                    turn.replies().subList(said, turn.replies().size()).clear();
                }
                if (handed != null) {
                    turn.read(handed);
                    // Read as if typed here: a question instead of an answer ("c’est payant ?") is answered, not misread.
                    if (!answeredInstead(turn)) {
                        target.stage(turn.state()).handle(turn);
                    }
                }
                continue;
            }
            String event = turn.takeEvent();
            if (event == null) {
                return;
            }
            Flow flow = flow(turn);
            var next = flow.fire(turn.state(), event, turn.data());
            if (next.isPresent()) {
                turn.moveTo(flow.id(), next.get());
                turn.arrivedBy(event);
                flow.stage(next.get()).enter(turn);
            } else {
                flow.stage(turn.state()).prompt(turn);
            }
        }
        log.warn("flow {} did not settle after {} transitions", turn.flow(), MAX_TRANSITIONS_PER_EVENT);
    }

    /** What a flow says first after /start: a hook's greeting (the business's, during an outage), else Relais's. */
    String greeting(String flowId, Turn turn) {
        for (TurnHook hook : hooks) {
            String greeting = hook.greeting(turn, flowId);
            if (greeting != null) {
                return greeting;
            }
        }
        return turn.t("command.start.hello");
    }

    /** Starts (or restarts) a flow from its beginning, keeping only the language. */
    void restart(Turn turn, String flowId) {
        Flow flow = flows.getOrDefault(flowId, defaultFlow);
        turn.replace(CaseData.fresh(turn.data().locale()));
        turn.moveTo(flow.id(), flow.initialState());
        flow.stage(turn.state()).enter(turn);
    }

    Flow flow(Turn turn) {
        return flows.getOrDefault(turn.flow(), defaultFlow);
    }

    boolean hasFlow(String id) {
        return flows.containsKey(id);
    }

    /**
     * The flow a /start argument names: its id, or the first word of its id, so that
     * {@code /start outage} and the widget's {@code start=crisis} reach outage-fallback and crisis-kit.
     */
    String resolve(String name) {
        if (flows.containsKey(name)) {
            return name;
        }
        return flows.keySet().stream().filter(id -> id.startsWith(name + "-")).findFirst().orElse(null);
    }

    private boolean usable(ConversationSnapshot snapshot) {
        Flow flow = flows.get(snapshot.flow());
        if (flow == null || !flow.knows(snapshot.state())) {
            log.warn("conversation {} has an unknown position {}/{}; starting it again",
                    snapshot.key(), snapshot.flow(), snapshot.state());
            return false;
        }
        return true;
    }

    private ConversationSnapshot fresh(ConversationKey key, String language, long version) {
        return new ConversationSnapshot(key, defaultFlow.id(), defaultFlow.initialState(),
                CaseData.fresh(language), version, clock.instant());
    }
}
