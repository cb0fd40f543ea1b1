package app.relais.outage;

import app.relais.conversation.Choice;
import app.relais.conversation.Expects;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.engine.Flow;
import app.relais.engine.Turn;
import app.relais.engine.TurnHook;
import app.relais.handoff.HandoffHook;
import java.util.List;

/**
 * Routes a visitor's first words, whether or not an incident is open: a question for the business
 * goes to its FAQ (then a human), a request for a person to a human, a problem with the visitor's
 * own account on a platform to the support-request flow, each flow reading the words as if they
 * had come first (a hand-over). When the {@link VisitorRouter} is unsure, one question with two
 * buttons decides; an answer it still cannot place goes to the business, where a person can sort
 * it out. "First words" are the first text read in the first stage of either flow since the
 * conversation (re)started; once routed, nothing is routed again until /start or /restart. A
 * visitor shown no business (no name, no contact, no incident, not on one of its channels) met the
 * support assistant: nothing is asked, only a sure question for the business goes to its FAQ.
 */
public final class FirstWords implements TurnHook {

    static final String ROUTED = "welcome.routed";
    static final String PENDING = "welcome.pending";
    static final String TO_BUSINESS = "route:business";
    static final String TO_PLATFORM = "route:platform";
    private static final String SUPPORT = "support-request";
    private static final String SUPPORT_START = "TRIAGE";
    private static final String BUSINESS_START = OutageState.NEWS.name();
    private static final String PLATFORM_SIDE = "platform";
    /** Pending first words that said nothing ("bonjour"): kept as this mark, not handed over. */
    private static final String EMPTY = "-";

    private final VisitorRouter router;
    private final OutageBoard board;
    private final BusinessProfiles profiles;
    private final Faq faq;
    private final HandoffHook human;
    private final ActivityLog activity;

    public FirstWords(VisitorRouter router, OutageBoard board, BusinessProfiles profiles, Faq faq, HandoffHook human,
                      ActivityLog activity) {
        this.router = router;
        this.board = board;
        this.profiles = profiles;
        this.faq = faq;
        this.human = human;
        this.activity = activity;
    }

    @Override
    public boolean before(Turn turn, Flow flow) {
        if (turn.data().answer(ROUTED) != null || !atStart(turn)) {
            return false;
        }
        String pending = turn.data().answer(PENDING);
        if (turn.inbound() instanceof Inbound.Choice choice && pending != null
                && (choice.choiceId().equals(TO_BUSINESS) || choice.choiceId().equals(TO_PLATFORM))) {
            go(turn, choice.choiceId().equals(TO_BUSINESS) ? VisitorRouter.Route.BUSINESS : VisitorRouter.Route.PLATFORM,
                    pending);
            return true;
        }
        if (!(turn.inbound() instanceof Inbound.Text typed) || typed.text().strip().startsWith("/")
                || typed.text().isBlank()) {
            return false;
        }
        String text = typed.text().strip();
        VisitorRouter.Decision decision = router.route(text, board.anyOpen());
        VisitorRouter.Route route = sideFor(decision.route(), turn);
        if (route == VisitorRouter.Route.UNSURE && pending == null) {
            ask(turn, decision.said() ? text : EMPTY);
        } else if (route == VisitorRouter.Route.UNSURE) {
            // Asked once already and still unclear: the business's side, where a person can sort it out.
            go(turn, VisitorRouter.Route.BUSINESS, pending.equals(EMPTY) ? text : pending + "\n" + text);
        } else if (route != VisitorRouter.Route.HUMAN && flowOf(route).equals(turn.flow()) && pending == null
                && decision.said()) {
            // Already where these words belong: its stage reads them as usual.
            note(turn, route);
            return false;
        } else {
            // A greeting alone is not read as a problem: the flow asks its own first question.
            go(turn, route, decision.said() ? text : EMPTY);
        }
        return true;
    }

    /**
     * The router's route, once it is known whether the visitor is shown a business. When they are,
     * it stands, and unsure words get the question. When they are not, they met Relais as the
     * support assistant (its welcome says so): "a question for our team?" would make no sense, so
     * unsure words go to the assistant, and only a sure question for the business goes to its FAQ,
     * when it has one. A request for a person always stands.
     */
    private VisitorRouter.Route sideFor(VisitorRouter.Route route, Turn turn) {
        if (route == VisitorRouter.Route.HUMAN || businessShown(turn)) {
            return route;
        }
        return route == VisitorRouter.Route.BUSINESS && !faq.active(false).isEmpty() ? route : VisitorRouter.Route.PLATFORM;
    }

    /**
     * Whether the visitor is shown a business: the profile names it or gives a way to reach it, it
     * has an incident open (the business's welcome), or they came through one of its own channels
     * ({@code outage/business.yml}: a Messenger page is always a business's).
     */
    private boolean businessShown(Turn turn) {
        BusinessProfile profile = profiles.current();
        return profile.presented() || board.anyOpen() || profile.channel(turn.key().channel()).isPresent();
    }

    /** Whether this turn's first words were routed to the support-request flow. */
    static boolean toPlatform(Turn turn) {
        return turn.data() != null && PLATFORM_SIDE.equals(turn.data().answer(ROUTED));
    }

    private boolean atStart(Turn turn) {
        return turn.flow().equals(SUPPORT) && turn.state().equals(SUPPORT_START)
                || turn.flow().equals(OutageFallbackFlow.ID) && turn.state().equals(BUSINESS_START);
    }

    /** Keeps where the first words went (nothing is routed again) and counts the visit for the reports. */
    private void note(Turn turn, VisitorRouter.Route route) {
        String side = route.name().toLowerCase(java.util.Locale.ROOT);
        turn.update(d -> d.withAnswer(ROUTED, side).withAnswer(PENDING, null));
        activity.record(new Activity(turn.now(), Activity.Kind.VISIT, turn.key().channel(), side, null, null, null));
    }

    private void go(Turn turn, VisitorRouter.Route route, String text) {
        note(turn, route);
        if (text.equals(EMPTY)) {
            // A greeting, then a tap: nothing to read yet, the flow asks its own first question.
            turn.switchTo(flowOf(route));
            return;
        }
        Inbound words = new Inbound.Text(turn.key(), text, turn.inbound().locale());
        switch (route) {
            case PLATFORM -> turn.handOver(SUPPORT, words);
            case HUMAN -> {
                human.requestHuman(turn, text, turn.t("outage.route.summary"));
                turn.handOver(OutageFallbackFlow.ID, null);
            }
            default -> turn.handOver(OutageFallbackFlow.ID, words);
        }
    }

    /** The flow first words on this side go to. */
    private static String flowOf(VisitorRouter.Route route) {
        return route == VisitorRouter.Route.PLATFORM ? SUPPORT : OutageFallbackFlow.ID;
    }

    private void ask(Turn turn, String text) {
        turn.update(d -> d.withAnswer(PENDING, text));
        String name = profiles.current().name();
        String business = name == null ? turn.t("outage.route.business.unnamed") : turn.t("outage.route.business", name);
        String question = name == null ? turn.t("outage.route.which.unnamed") : turn.t("outage.route.which", name);
        turn.say(new Reply(question, List.of(new Choice(TO_BUSINESS, business),
                new Choice(TO_PLATFORM, turn.t("outage.route.platform"))), List.of(), List.of(), Expects.CHOICE));
    }
}
