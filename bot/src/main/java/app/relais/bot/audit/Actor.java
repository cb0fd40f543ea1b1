package app.relais.bot.audit;

import app.relais.handoff.Agent;

/**
 * Who did something: an account of the desk ({@code account}, its user name), an automation
 * token ({@code token}, its name), a member of the agents' Telegram group ({@code telegram}, their
 * Telegram id), or Relais itself ({@code system}). {@code name} is how people know them.
 */
public record Actor(String kind, String id, String name) {

    public static final Actor SYSTEM = new Actor("system", "relais", null);

    public static Actor account(String username, String displayName) {
        return new Actor("account", username, displayName);
    }

    public static Actor token(String name) {
        return new Actor("token", name, null);
    }

    /** The agent of a hand-off action made outside any request (the Telegram group). */
    static Actor of(Agent agent) {
        int colon = agent.id().indexOf(':');
        return colon < 0 ? new Actor("agent", agent.id(), agent.name())
                : new Actor(agent.id().substring(0, colon), agent.id().substring(colon + 1), agent.name());
    }
}
