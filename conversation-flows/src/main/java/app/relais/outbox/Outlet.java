package app.relais.outbox;

import app.relais.conversation.Author;
import app.relais.conversation.Dispatch;
import app.relais.conversation.Reply;
import app.relais.i18n.Messages;

/**
 * One channel's way of putting a reply in front of the person, driven by an {@link OutboxSender}.
 * A failure worth trying again (the platform is down, no socket is open) is any exception: the
 * reply and everything after it stay owed. {@link Refused} means it never will be accepted (the
 * person blocked the bot, the platform refuses the message itself): it is dropped.
 */
public interface Outlet {

    /**
     * Sends reply {@code index} of {@code dispatch}, whose stable id is {@link Dispatch#messageId};
     * returns once the channel accepted it. A channel that shows an agent's messages as its own
     * kind of message looks at {@link Dispatch#author()}; the others send {@link #plain}.
     */
    void send(Dispatch dispatch, int index) throws Exception;

    /**
     * Whether the person's client drops a message whose id it already showed (the web chat does):
     * then a dispatch is marked sent once, after its last reply, instead of after each one.
     */
    default boolean deduplicates() {
        return false;
    }

    /** Reply {@code index} as a bot message: an agent's text is introduced by the agent's name. */
    static Reply plain(Dispatch dispatch, int index) {
        Reply reply = dispatch.replies().get(index);
        if (dispatch.author() != Author.AGENT) {
            return reply;
        }
        return Reply.text(Messages.of(dispatch.language()).get("handoff.agent-says", dispatch.name(), reply.text()));
    }

    /** The channel will never accept this reply. */
    final class Refused extends Exception {
        public Refused(String why, Throwable cause) {
            super(why, cause);
        }
    }
}
