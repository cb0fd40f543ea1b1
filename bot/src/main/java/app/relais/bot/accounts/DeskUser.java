package app.relais.bot.accounts;

import app.relais.bot.audit.Acting;
import app.relais.bot.audit.Actor;
import java.util.Collection;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in account as Spring Security holds it in the session (Java-serialised by Spring
 * Session): its id, name and role at sign-in. What may change later (display name, language) is
 * read from the database when needed ({@link Requesters}); a disabled account or a changed role
 * ends its sessions instead.
 */
public final class DeskUser implements UserDetails, CredentialsContainer, Acting {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private String password;

    DeskUser(Account account) {
        this.accountId = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.role = account.role();
        this.enabled = account.enabled();
        this.password = account.passwordHash();
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public Actor actor() {
        return Actor.account(username, displayName);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return role.authorities();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }
}
