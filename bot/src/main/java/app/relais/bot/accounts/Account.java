package app.relais.bot.accounts;

import java.time.Instant;

/**
 * A person who signs in to the desk. {@code passwordHash} is null until they followed their
 * invitation; {@code displayName} is what customers see when they answer.
 */
public record Account(long id, String username, String displayName, Role role, String language,
                      String passwordHash, boolean enabled, Instant createdAt, Instant lastSignIn) {

    public boolean admin() {
        return role == Role.ADMIN;
    }

    /** How the hand-off and the audit log name this account: {@code account:<id>}. */
    public String agentId() {
        return "account:" + id;
    }
}
