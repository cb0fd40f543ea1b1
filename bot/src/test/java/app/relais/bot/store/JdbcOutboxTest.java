package app.relais.bot.store;

import app.relais.outbox.OutboxContract;
import app.relais.testing.MutableClock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.springframework.jdbc.core.JdbcTemplate;

/** The outbox contract on both real databases, turns written by the JDBC conversation store. */
class JdbcOutboxTest {


    @Nested
    class OnH2 extends OutboxContract {
        @Override
        protected Stores stores(MutableClock clock) {
            return on(Databases.h2(), clock);
        }
    }

    @Nested
    class OnPostgres extends OutboxContract {
        @Override
        protected Stores stores(MutableClock clock) {
            return on(Databases.postgres(), clock);
        }
    }

    private static OutboxContract.Stores on(DataSource dataSource, MutableClock clock) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        GroupCommit writes = new GroupCommit(dataSource);
        JdbcFileStore files = new JdbcFileStore(jdbc, writes, clock);
        JdbcOutbox outbox = new JdbcOutbox(jdbc, writes, files, clock);
        return new OutboxContract.Stores(outbox, new JdbcConversationStore(jdbc, writes, outbox), files);
    }
}
