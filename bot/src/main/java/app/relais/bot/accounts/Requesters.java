package app.relais.bot.accounts;

import app.relais.bot.audit.Acting;
import app.relais.bot.audit.Actor;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who makes the current request: a person (their account, read afresh, so a new display name or
 * language applies at once) or an automation (its token).
 */
public final class Requesters {

    /** The signed-in caller of an admin request. */
    public sealed interface Requester permits Person, Automation {
        Actor actor();
    }

    public record Person(Account account) implements Requester {
        @Override
        public Actor actor() {
            return Actor.account(account.username(), account.displayName());
        }
    }

    public record Automation(TokenUser token) implements Requester {
        @Override
        public Actor actor() {
            return token.actor();
        }
    }

    private final AccountStore accounts;

    Requesters(AccountStore accounts) {
        this.accounts = accounts;
    }

    public Requester current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = authentication == null ? null : authentication.getPrincipal();
        if (principal instanceof TokenUser token) {
            return new Automation(token);
        }
        if (principal instanceof DeskUser user) {
            return accounts.find(user.accountId()).filter(Account::enabled).<Requester>map(Person::new)
                    .orElseThrow(() -> new InsufficientAuthenticationException("account gone or disabled"));
        }
        throw new InsufficientAuthenticationException("not signed in");
    }

    /** Who a principal is now, for the audit log: an account under its current display name. */
    public Actor actor(Acting principal) {
        if (principal instanceof DeskUser user) {
            return accounts.find(user.accountId()).map(a -> Actor.account(a.username(), a.displayName()))
                    .orElse(principal.actor());
        }
        return principal.actor();
    }

    /** The signed-in person; refused for a token. */
    public Account person() {
        if (current() instanceof Person person) {
            return person.account();
        }
        throw new org.springframework.security.access.AccessDeniedException("for people signed in to the desk");
    }
}
