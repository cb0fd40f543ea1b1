package app.relais.bot.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.util.StringUtils;

/**
 * How a new installation gets its first administrator: from {@code RELAIS_ADMIN_USER} and
 * {@code RELAIS_ADMIN_PASSWORD} while no account exists (before the application serves anything;
 * a password too short stops the start, saying so), or else through a one-time setup link
 * written to the log once the port is known. Never a password in the log. Also registers
 * {@code RELAIS_ADMIN_TOKEN} as a named token, hashed.
 */
final class FirstAdministrator implements InitializingBean, ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final AdminProperties properties;

    FirstAdministrator(Accounts accounts, ApiTokens tokens, AdminProperties properties) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.properties = properties;
        if (StringUtils.hasText(properties.user()) != StringUtils.hasText(properties.password())) {
            throw new IllegalStateException("Set both RELAIS_ADMIN_USER and RELAIS_ADMIN_PASSWORD to create the first "
                    + "administrator, or neither (a one-time setup link is then logged at start)");
        }
    }

    @Override
    public void afterPropertiesSet() {
        if (StringUtils.hasText(properties.token())) {
            tokens.configure(properties.token());
        }
        if (!StringUtils.hasText(properties.user())) {
            return;
        }
        if (!accounts.none()) {
            log.info("Accounts exist: RELAIS_ADMIN_USER and RELAIS_ADMIN_PASSWORD are not used (manage accounts on the desk)");
            return;
        }
        try {
            Account admin = accounts.firstAdministrator(properties.user(), properties.password());
            log.info("First administrator '{}' created from RELAIS_ADMIN_USER and RELAIS_ADMIN_PASSWORD", admin.username());
        } catch (InvalidInputException e) {
            throw new IllegalStateException(switch (e.code()) {
                case "username" -> "RELAIS_ADMIN_USER: 2-100 of letters, digits and . _ @ + - (an email address fits)";
                case "password-short" -> "RELAIS_ADMIN_PASSWORD: at least " + Passwords.MIN + " characters";
                case "password-long" -> "RELAIS_ADMIN_PASSWORD: at most " + Passwords.MAX + " characters";
                default -> "RELAIS_ADMIN_PASSWORD must differ from RELAIS_ADMIN_USER";
            });
        } catch (DuplicateKeyException e) {
            // Another instance sharing the database created it at the same moment.
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!accounts.none()) {
            return;
        }
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        log.warn("No account yet. To create the first administrator, open http://localhost:{}/admin/welcome?token={} "
                + "(valid 24 hours, once; any earlier setup link no longer works), or restart with "
                + "RELAIS_ADMIN_USER and RELAIS_ADMIN_PASSWORD set", port, accounts.setupLink());
    }
}
