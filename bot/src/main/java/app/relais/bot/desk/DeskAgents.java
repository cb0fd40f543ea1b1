package app.relais.bot.desk;

import app.relais.bot.accounts.InvalidInputException;
import app.relais.bot.accounts.Requesters;
import app.relais.handoff.Agent;

/**
 * Who answers a customer for the caller of the desk's API: a person answers as themselves (their
 * account, under their display name); an automation names the agent in the request, and answers
 * as its token.
 */
final class DeskAgents {

    private DeskAgents() {
    }

    /** Who the caller is to the hand-off ({@link Agent#id()}), whatever name they answer under. */
    static String id(Requesters.Requester requester) {
        return requester instanceof Requesters.Person person ? person.account().agentId()
                : "token:" + ((Requesters.Automation) requester).token().name();
    }

    static Agent of(Requesters.Requester requester, String namedInRequest) {
        if (requester instanceof Requesters.Person person) {
            return new Agent(person.account().agentId(), person.account().displayName());
        }
        Requesters.Automation automation = (Requesters.Automation) requester;
        try {
            return new Agent(id(automation), namedInRequest);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("agent");
        }
    }
}
