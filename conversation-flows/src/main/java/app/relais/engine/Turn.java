package app.relais.engine;

import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.i18n.Messages;
import app.relais.store.CaseData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One inbound event being handled: the conversation's data as the stages change it, the replies
 * collected so far, and the transition a stage asked for.
 */
public final class Turn {

    private Inbound inbound;
    private final Instant now;
    private final List<Reply> replies = new ArrayList<>();
    private CaseData data;
    private String flow;
    private String state;
    private String pendingEvent;
    private String pendingFlow;
    private Inbound handedOver;
    private boolean quietEntry;
    private boolean handOverAsked;
    private boolean readingHandedOver;
    private String arrivedBy;
    private boolean misunderstood;
    private boolean secretMasked;

    Turn(Inbound inbound, String flow, String state, CaseData data, Instant now) {
        this.inbound = inbound;
        this.flow = flow;
        this.state = state;
        this.data = data;
        this.now = now;
    }

    public Inbound inbound() {
        return inbound;
    }

    public app.relais.conversation.ConversationKey key() {
        return inbound.key();
    }

    /** A stage did not understand the input (a fallback); repeated ones offer a human. */
    public void misunderstood() {
        misunderstood = true;
    }

    /**
     * Words that answer nothing the question asked, at a question with buttons: says so (never the
     * same question again as if nothing had been typed) and counts it as {@link #misunderstood()}.
     * The stage then asks its question again. A stale button (one of an earlier question) is only
     * counted: the question asked again says enough.
     */
    public void notUnderstood() {
        misunderstood();
        if (inbound instanceof Inbound.Text) {
            say(t("choice.not-understood"));
        }
    }

    public boolean wasMisunderstood() {
        return misunderstood;
    }

    /**
     * A password or a login code was masked in the person's message. Such a message answers no
     * question: stages do not tell the person what is wrong with it as an answer (the engine's
     * warning says why it was masked), they ask their question again.
     */
    public boolean hadSecret() {
        return secretMasked;
    }

    void secretMasked() {
        secretMasked = true;
    }

    public CaseData data() {
        return data;
    }

    public void update(UnaryOperator<CaseData> change) {
        data = change.apply(data);
    }

    public Messages texts() {
        return Messages.of(data.locale());
    }

    public String t(String key, Object... args) {
        return texts().get(key, args);
    }

    public String flow() {
        return flow;
    }

    public String state() {
        return state;
    }

    public Instant now() {
        return now;
    }

    public void say(Reply reply) {
        replies.add(reply);
    }

    public void say(String text) {
        replies.add(Reply.text(text));
    }

    /** Asks the engine to send this event to the flow's machine once the stage is done. */
    public void fire(String event) {
        pendingEvent = event;
    }

    /** Asks the engine to leave this flow for another one, starting at its initial state. */
    public void switchTo(String flowId) {
        pendingFlow = flowId;
    }

    /**
     * Leaves this flow for another whose first stage reads {@code input} as if it had come first:
     * its opening question is not asked, since the input answers it. A null {@code input} only
     * moves there, quietly (the caller said what there is to say).
     */
    public void handOver(String flowId, Inbound input) {
        pendingFlow = flowId;
        handedOver = input;
        quietEntry = true;
        handOverAsked = true;
    }

    /** Whether a hand-over was asked during this turn: a stage then answered, even if a hook took the event. */
    boolean handedOver() {
        return handOverAsked;
    }

    public List<Reply> replies() {
        return replies;
    }

    String takeEvent() {
        String event = pendingEvent;
        pendingEvent = null;
        return event;
    }

    String takeFlowSwitch() {
        String next = pendingFlow;
        pendingFlow = null;
        return next;
    }

    /** Whether the flow switch just taken enters quietly; then the input it hands over, or null. */
    boolean takeQuietEntry() {
        boolean quiet = quietEntry;
        quietEntry = false;
        return quiet;
    }

    Inbound takeHandedOver() {
        Inbound input = handedOver;
        handedOver = null;
        return input;
    }

    /** The input the current stage reads from now on (a hand-over replaces a tap by the words it stood for). */
    void read(Inbound input) {
        inbound = input;
        readingHandedOver = true;
    }

    /**
     * Whether the input is words another flow handed over (a visitor's first words, routed): they
     * answered that flow's question, not this stage's, so they may be a question to answer but
     * never a reply to this stage ("je sais pas trop" is not a skip of a question never asked).
     */
    public boolean readingHandedOver() {
        return readingHandedOver;
    }

    /** The event that brought the flow into the current state during this turn (e.g. "BACK"), or null. */
    public String arrivedBy() {
        return arrivedBy;
    }

    void arrivedBy(String event) {
        arrivedBy = event;
    }

    void moveTo(String newFlow, String newState) {
        flow = newFlow;
        state = newState;
    }

    void replace(CaseData fresh) {
        data = fresh;
    }
}
