package app.relais.outbox;

import app.relais.conversation.Author;
import app.relais.conversation.ConversationKey;
import app.relais.conversation.Dispatch;
import app.relais.conversation.OutboundGateways;
import app.relais.conversation.Reply;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages the bot or an agent writes outside a turn (a due reminder, an agent's answer, "the team
 * takes your request"): committed to the conversation's outbox first, so that a crash never loses
 * one and the transcript shows it, then handed to the conversation's channel, which sends it now or
 * when the person can receive it. A channel that is off on this instance leaves it owed for the
 * instance that has it.
 */
public final class Courier {

    private static final Logger log = LoggerFactory.getLogger(Courier.class);

    private final Outbox outbox;
    private final OutboundGateways gateways;

    public Courier(Outbox outbox, OutboundGateways gateways) {
        this.outbox = outbox;
        this.gateways = gateways;
    }

    /** Whether {@code channel} has a gateway on this instance. */
    public boolean reachable(String channel) {
        return gateways.of(channel).isPresent();
    }

    /** A message of the bot itself. */
    public Dispatch fromBot(ConversationKey to, List<Reply> replies) {
        return post(to, Author.BOT, null, null, replies);
    }

    /** A message of agent {@code name}, in the conversation's {@code language}. */
    public Dispatch fromAgent(ConversationKey to, String name, String language, String text) {
        return post(to, Author.AGENT, name, language, List.of(Reply.text(text)));
    }

    private Dispatch post(ConversationKey to, Author author, String name, String language, List<Reply> replies) {
        Dispatch dispatch = outbox.post(to, author, name, language, replies);
        gateways.of(to.channel()).ifPresentOrElse(gateway -> {
            try {
                gateway.send(dispatch);
            } catch (RuntimeException e) {
                log.warn("a message to {} waits in the outbox ({})", to, e.toString());
            }
        }, () -> log.debug("no {} gateway here; the message to {} waits in the outbox", to.channel(), to));
        return dispatch;
    }
}
