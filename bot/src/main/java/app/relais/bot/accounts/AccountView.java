package app.relais.bot.accounts;

import java.time.Instant;

/** An account as the desk shows it: never its password hash. {@code invited}: no password chosen yet. */
record AccountView(long id, String username, String displayName, Role role, String language, boolean enabled,
                   boolean invited, Instant createdAt, Instant lastSignIn) {

    static AccountView of(Account a) {
        return new AccountView(a.id(), a.username(), a.displayName(), a.role(), a.language(), a.enabled(),
                a.passwordHash() == null, a.createdAt(), a.lastSignIn());
    }
}
