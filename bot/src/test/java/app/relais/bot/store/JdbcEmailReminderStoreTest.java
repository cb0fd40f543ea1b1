package app.relais.bot.store;

import app.relais.email.EmailReminderStore;
import app.relais.email.EmailReminderStoreContract;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.springframework.jdbc.core.JdbcTemplate;

/** The email reminder contract (claims included) on both real databases. */
class JdbcEmailReminderStoreTest {

    static EmailReminderStore on(DataSource dataSource) {
        return new JdbcEmailReminderStore(new JdbcTemplate(dataSource), new GroupCommit(dataSource));
    }

    @Nested
    class OnH2 extends EmailReminderStoreContract {
        @Override
        protected EmailReminderStore store() {
            return on(Databases.h2());
        }
    }

    @Nested
    class OnPostgres extends EmailReminderStoreContract {
        @Override
        protected EmailReminderStore store() {
            return on(Databases.postgres());
        }
    }
}
