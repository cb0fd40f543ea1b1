package app.relais.bot.accounts;

import app.relais.bot.audit.AuditLog;
import app.relais.cluster.ClusterBus;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;

/** Accounts, tokens, the sign-in throttle and pages, the first administrator. */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

    @Bean
    AccountStore accountStore(JdbcTemplate jdbc) {
        return new AccountStore(jdbc);
    }

    @Bean
    SignInThrottle signInThrottle(JdbcTemplate jdbc, Clock clock) {
        return new SignInThrottle(jdbc, clock);
    }

    @Bean
    ApiTokens apiTokens(JdbcTemplate jdbc, Clock clock) {
        return new ApiTokens(jdbc, clock);
    }

    @Bean
    Requesters requesters(AccountStore accounts) {
        return new Requesters(accounts);
    }

    @Bean
    Accounts accounts(AccountStore store, PasswordEncoder encoder, AuditLog audit,
                      FindByIndexNameSessionRepository<?> sessions, ClusterBus bus, Clock clock) {
        return new Accounts(store, encoder, audit, sessions, bus, clock);
    }

    @Bean
    AccountPages accountPages() {
        return new AccountPages();
    }

    @Bean
    DeniedPage deniedPage(AccountPages pages) {
        return new DeniedPage(pages);
    }

    @Bean
    SignInEvents signInEvents(Accounts accounts, AuditLog audit) {
        return new SignInEvents(accounts, audit);
    }

    @Bean
    FirstAdministrator firstAdministrator(Accounts accounts, ApiTokens tokens, AdminProperties properties) {
        return new FirstAdministrator(accounts, tokens, properties);
    }
}
