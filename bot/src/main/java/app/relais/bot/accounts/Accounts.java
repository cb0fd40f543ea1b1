package app.relais.bot.accounts;

import app.relais.bot.audit.Actor;
import app.relais.bot.audit.AuditLog;
import app.relais.cluster.ClusterBus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * What happens to accounts: the first administrator, invitations and new-password links (one
 * use, limited time), disabling, roles, a person's own password and name. Ending a person's
 * access ends their sessions on every instance at once (they live in the database), and tells
 * every instance to close their live desk streams ({@link #SIGNED_OUT} on the cluster bus).
 */
public final class Accounts {

    /** Cluster bus topic: the account id whose sessions just ended. */
    public static final String SIGNED_OUT = "accounts.signed-out";

    static final Duration SETUP_VALID = Duration.ofHours(24);
    static final Duration INVITE_VALID = Duration.ofDays(7);
    static final Duration RESET_VALID = Duration.ofHours(24);

    /** A link was made: the account it is for (null for the first setup) and its secret, shown once. */
    public record Issued(Account account, String secret) {
    }

    /** What a link is for, as its page shows it. */
    public record LinkView(AccountStore.Purpose purpose, Account account) {
    }

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final ClusterBus bus;
    private final Clock clock;

    Accounts(AccountStore store, PasswordEncoder encoder, AuditLog audit, FindByIndexNameSessionRepository<?> sessions,
             ClusterBus bus, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
        this.bus = bus;
        this.clock = clock;
    }

    public List<Account> all() {
        return store.all();
    }

    public Optional<Account> find(long id) {
        return store.find(id);
    }

    boolean none() {
        return store.count() == 0;
    }

    // ---- the first administrator

    /** From RELAIS_ADMIN_USER and RELAIS_ADMIN_PASSWORD, when there is no account yet. */
    Account firstAdministrator(String username, String password) {
        String name = Usernames.valid(username);
        Account admin = store.insert(name, name, Role.ADMIN, "fr", encoder.encode(Passwords.valid(password, name)),
                clock.instant());
        audit.record(Actor.SYSTEM, "account.setup", name, Role.ADMIN.name());
        return admin;
    }

    /** A new setup link (any earlier one stops working); its secret is for the log, once. */
    String setupLink() {
        store.dropLinks(AccountStore.Purpose.SETUP);
        String secret = Secrets.random("");
        Instant now = clock.instant();
        store.addLink(Secrets.hash(secret), AccountStore.Purpose.SETUP, null, now, now.plus(SETUP_VALID));
        return secret;
    }

    // ---- links

    public Optional<LinkView> link(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return store.link(Secrets.hash(secret), clock.instant()).flatMap(link -> {
            if (link.purpose() == AccountStore.Purpose.SETUP) {
                return none() ? Optional.of(new LinkView(link.purpose(), null)) : Optional.empty();
            }
            return store.find(link.accountId()).filter(Account::enabled).map(a -> new LinkView(link.purpose(), a));
        });
    }

    /**
     * Follows a link: the first administrator is created ({@code username}, {@code displayName}
     * used only then), or the invited person's password is set. The link then stops working.
     */
    public Account follow(String secret, String username, String displayName, String password, String language) {
        LinkView view = link(secret).orElseThrow(() -> new InvalidInputException("link"));
        if (view.purpose() == AccountStore.Purpose.SETUP) {
            String name = Usernames.valid(username);
            String shown = Usernames.displayName(displayName);
            String hash = encoder.encode(Passwords.valid(password, name));
            if (!store.consume(Secrets.hash(secret)) || !none()) {
                throw new InvalidInputException("link");
            }
            Account admin = store.insert(name, shown, Role.ADMIN, Usernames.language(language), hash, clock.instant());
            audit.record(Actor.account(name, shown), "account.setup", name, Role.ADMIN.name());
            return admin;
        }
        Account account = view.account();
        String hash = encoder.encode(Passwords.valid(password, account.username()));
        if (!store.consume(Secrets.hash(secret))) {
            throw new InvalidInputException("link");
        }
        store.password(account.id(), hash);
        endSessions(account, null);
        audit.record(Actor.account(account.username(), account.displayName()),
                view.purpose() == AccountStore.Purpose.INVITE ? "account.activate" : "account.password", account.username(), null);
        return store.find(account.id()).orElseThrow();
    }

    // ---- administrators

    public Issued invite(Account by, String username, String displayName, String role, String language) {
        String name = Usernames.valid(username);
        if (store.byUsername(name).isPresent()) {
            throw new InvalidInputException("username-taken");
        }
        Role chosen = Role.parse(role);
        Account account = store.insert(name, Usernames.displayName(displayName), chosen, Usernames.language(language),
                null, clock.instant());
        audit.record(actor(by), "account.invite", name, chosen.name());
        return new Issued(account, link(account, AccountStore.Purpose.INVITE, INVITE_VALID));
    }

    /** A new link for someone to choose a password (invitation lost, password forgotten); earlier links stop working. */
    public Issued newLink(Account by, long id) {
        Account account = store.find(id).orElseThrow(() -> new InvalidInputException("account"));
        AccountStore.Purpose purpose = account.passwordHash() == null ? AccountStore.Purpose.INVITE : AccountStore.Purpose.RESET;
        String secret = link(account, purpose, purpose == AccountStore.Purpose.INVITE ? INVITE_VALID : RESET_VALID);
        audit.record(actor(by), "account.link", account.username(), null);
        return new Issued(account, secret);
    }

    public Account disable(Account by, long id) {
        Account account = store.find(id).orElseThrow(() -> new InvalidInputException("account"));
        if (account.id() == by.id()) {
            throw new InvalidInputException("self");
        }
        if (account.admin() && account.enabled() && store.enabledAdmins() <= 1) {
            throw new InvalidInputException("last-admin");
        }
        store.enabled(id, false);
        store.dropLinks(id);
        endSessions(account, null);
        audit.record(actor(by), "account.disable", account.username(), null);
        return store.find(id).orElseThrow();
    }

    public Account enable(Account by, long id) {
        Account account = store.find(id).orElseThrow(() -> new InvalidInputException("account"));
        store.enabled(id, true);
        audit.record(actor(by), "account.enable", account.username(), null);
        return store.find(id).orElseThrow();
    }

    /** A new role applies at the next sign-in: the account's sessions end now. */
    public Account role(Account by, long id, String role) {
        Account account = store.find(id).orElseThrow(() -> new InvalidInputException("account"));
        Role chosen = Role.parse(role);
        if (account.id() == by.id()) {
            throw new InvalidInputException("self");
        }
        store.role(id, chosen);
        endSessions(account, null);
        audit.record(actor(by), "account.role", account.username(), chosen.name());
        return store.find(id).orElseThrow();
    }

    // ---- a person's own account

    /** Changes one's password; one's other sessions end (a stolen one among them), this one stays. */
    public void changePassword(Account me, String current, String next, String thisSession) {
        if (current == null || me.passwordHash() == null || !encoder.matches(current, me.passwordHash())) {
            throw new InvalidInputException("password-current");
        }
        store.password(me.id(), encoder.encode(Passwords.valid(next, me.username())));
        endSessions(me, thisSession);
        audit.record(actor(me), "account.password", me.username(), null);
    }

    public Account profile(Account me, String displayName, String language) {
        String shown = Usernames.displayName(displayName);
        store.profile(me.id(), shown, Usernames.language(language));
        if (!shown.equals(me.displayName())) {
            audit.record(actor(me), "account.profile", me.username(), shown);
        }
        return store.find(me.id()).orElseThrow();
    }

    void signedIn(long id) {
        store.signedIn(id, clock.instant());
    }

    private String link(Account account, AccountStore.Purpose purpose, Duration valid) {
        store.dropLinks(account.id());
        String secret = Secrets.random("");
        Instant now = clock.instant();
        store.addLink(Secrets.hash(secret), purpose, account.id(), now, now.plus(valid));
        return secret;
    }

    private void endSessions(Account account, String keep) {
        for (String id : sessions.findByPrincipalName(account.username()).keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
            }
        }
        bus.publish(SIGNED_OUT, Long.toString(account.id()));
    }

    private static Actor actor(Account account) {
        return Actor.account(account.username(), account.displayName());
    }
}
