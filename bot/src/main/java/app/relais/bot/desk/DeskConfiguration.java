package app.relais.bot.desk;

import app.relais.bot.store.JdbcConversationStore;
import app.relais.cluster.ClusterBus;
import app.relais.core.RelaisCore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The desk's reads, views, canned answers and live events; its events join the hand-off's desks. */
@Configuration(proxyBeanMethods = false)
class DeskConfiguration {

    @Bean
    DeskQueries deskQueries(JdbcTemplate jdbc) {
        return new DeskQueries(jdbc);
    }

    /** Over the database's snapshots, not an instance's cache: every instance shows the same dossier. */
    @Bean
    ConversationView conversationView(RelaisCore core, JdbcConversationStore snapshots, DeskQueries queries) {
        return new ConversationView(core, snapshots, queries);
    }

    @Bean
    CannedAnswers cannedAnswers(JdbcTemplate jdbc, Clock clock) {
        return new CannedAnswers(jdbc, clock);
    }

    @Bean(destroyMethod = "close")
    DeskEvents deskEvents(ClusterBus bus, Clock clock, RelaisCore core) {
        DeskEvents events = new DeskEvents(bus, clock);
        core.handoff().addDesk(events);
        return events;
    }
}
