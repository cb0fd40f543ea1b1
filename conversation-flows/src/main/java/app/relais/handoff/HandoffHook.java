package app.relais.handoff;

import app.relais.conversation.Choice;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.engine.Flow;
import app.relais.engine.Turn;
import app.relais.engine.TurnHook;
import app.relais.i18n.Messages;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/**
 * The hand-off's engine hook, run before any stage or command answers:
 * <ul>
 * <li>a conversation whose ticket an agent took: the customer's message goes to the agent and
 * the bot says nothing;</li>
 * <li>a ticket waiting for an agent: the message is added to it (commands still work);</li>
 * <li>"human", "un humain", {@code /human} or the "talk to someone" button, in any flow: a ticket
 * is opened with what the flow collected so far.</li>
 * </ul>
 * After the flows answered, it counts misunderstandings in a row and offers a human after
 * {@link HandoffSettings#fallbacks()} of them.
 */
public final class HandoffHook implements TurnHook {

    // Compiled once: fold() runs on every text a user sends.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9/]+");

    public static final String HUMAN = "cmd:human";
    static final String FALLBACKS = "handoff.fallbacks";

    /**
     * Kept in the conversation's data while it has a ticket. Tickets are only opened during one of
     * the conversation's own turns, so a conversation without it has none and the hook, which runs
     * on every event of every conversation, asks the ticket store only when there may be one.
     */
    public static final String ACTIVE_TICKET = "handoff.ticket";

    private final Handoff handoff;
    private final Set<String> triggers;

    public HandoffHook(Handoff handoff) {
        this.handoff = handoff;
        this.triggers = Stream.of("fr", "en")
                .flatMap(l -> Stream.of(Messages.of(l).get("handoff.triggers").split("\\|")))
                .map(HandoffHook::fold).collect(Collectors.toUnmodifiableSet());
    }

    /** The button that asks for a human, for flows that offer it. */
    public static Choice button(Turn turn) {
        return new Choice(HUMAN, turn.t("handoff.button"));
    }

    @Override
    public boolean before(Turn turn, Flow flow) {
        var active = activeTicket(turn);
        if (active.isPresent()) {
            Ticket ticket = active.get();
            if (ticket.status() == TicketStatus.TAKEN) {
                handoff.customerWrote(ticket, asText(turn));
                return true;
            }
            if (isHumanRequest(turn.inbound())) {
                turn.say(turn.t("handoff.already-waiting", ticket.id()));
                return true;
            }
            if (isCommand(turn.inbound()) || turn.inbound() instanceof Inbound.Choice) {
                // Commands and the flow's buttons keep working while the customer waits.
                return false;
            }
            handoff.customerWrote(ticket, asText(turn));
            turn.say(turn.t("handoff.forwarded", ticket.id()));
            return true;
        }
        if (isHumanRequest(turn.inbound())) {
            requestHuman(turn, flow);
            return true;
        }
        return false;
    }

    /**
     * Opens a ticket with what the flow collected so far and tells the customer: what /human does,
     * also for a request said in other words ("je voudrais parler à un conseiller").
     */
    public void requestHuman(Turn turn, Flow flow) {
        requestHuman(turn, null, flow.summary(turn));
    }

    /** Opens a ticket for the conversation (with the customer's words, if any) and says so. */
    public void requestHuman(Turn turn, String question, String summary) {
        Ticket ticket = handoff.open(turn.key(), turn.data().locale(), null, null, question, summary);
        turn.update(d -> d.withAnswer(FALLBACKS, null).withAnswer(ACTIVE_TICKET, ticket.id()));
        turn.say(Reply.text(turn.t("handoff.requested", ticket.id())));
    }

    @Override
    public void after(Turn turn) {
        if (turn.data() == null) {
            return;
        }
        String counted = turn.data().answer(FALLBACKS);
        if (!turn.wasMisunderstood()) {
            if (counted != null) {
                turn.update(d -> d.withAnswer(FALLBACKS, null));
            }
            return;
        }
        int fallbacks = counted == null ? 1 : Integer.parseInt(counted) + 1;
        if (fallbacks >= handoff.settings().fallbacks()) {
            turn.update(d -> d.withAnswer(FALLBACKS, null));
            turn.say(Reply.choose(turn.t("handoff.offer"), List.of(button(turn))));
        } else {
            turn.update(d -> d.withAnswer(FALLBACKS, Integer.toString(fallbacks)));
        }
    }

    boolean isHumanRequest(Inbound inbound) {
        if (inbound instanceof Inbound.Choice choice) {
            return choice.choiceId().equals(HUMAN);
        }
        if (inbound instanceof Inbound.Command command) {
            return command.name().equals("human") || command.name().equals("humain");
        }
        if (inbound instanceof Inbound.Text text) {
            String folded = fold(text.text());
            return folded.equals("/human") || folded.equals("/humain") || triggers.contains(folded);
        }
        return false;
    }

    private static boolean isCommand(Inbound inbound) {
        return inbound instanceof Inbound.Command
                || inbound instanceof Inbound.Text text && text.text().strip().startsWith("/")
                || inbound instanceof Inbound.Choice choice && choice.choiceId().startsWith("cmd:");
    }

    private static String asText(Turn turn) {
        Inbound inbound = turn.inbound();
        if (inbound instanceof Inbound.Text text) {
            return text.text();
        }
        if (inbound instanceof Inbound.Attachment files) {
            String caption = files.caption() == null ? "" : " " + files.caption();
            return turn.t("handoff.files", files.fileIds().size(), String.join(", ", files.fileIds())) + caption;
        }
        if (inbound instanceof Inbound.Command command) {
            return ("/" + command.name() + " " + command.argument()).strip();
        }
        return ((Inbound.Choice) inbound).choiceId();
    }

    /** Lower case, no accents, no punctuation around: "Un humain !" and "un humain" are the same. */
    static String fold(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(plain).replaceAll(" ").strip();
    }

    private Optional<Ticket> activeTicket(Turn turn) {
        if (turn.data().answer(ACTIVE_TICKET) == null) {
            return Optional.empty();
        }
        var active = handoff.activeFor(turn.key());
        if (active.isEmpty()) {
            // Closed by an agent (or erased) since the last turn: the bot has the conversation back.
            turn.update(d -> d.withAnswer(ACTIVE_TICKET, null));
        }
        return active;
    }
}
