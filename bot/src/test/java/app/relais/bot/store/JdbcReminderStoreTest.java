package app.relais.bot.store;

import app.relais.followup.ReminderStore;
import app.relais.followup.ReminderStoreContract;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The reminder contract (claims included) on both real databases. */
class JdbcReminderStoreTest {

    static ReminderStore on(DataSource dataSource) {
        return new JdbcReminderStore(new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), new GroupCommit(dataSource));
    }

    @Nested
    class OnH2 extends ReminderStoreContract {
        @Override
        protected ReminderStore store() {
            return on(Databases.h2());
        }
    }

    @Nested
    class OnPostgres extends ReminderStoreContract {
        @Override
        protected ReminderStore store() {
            return on(Databases.postgres());
        }
    }
}
