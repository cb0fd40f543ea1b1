package app.relais.bot.store;

import static app.relais.bot.store.JdbcIncidentStore.instant;
import static app.relais.bot.store.JdbcIncidentStore.ts;

import app.relais.conversation.ConversationKey;
import app.relais.handoff.Outbox;
import app.relais.handoff.OutboxMessage;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox in a table. Draining deletes row by row and keeps only the rows this call deleted,
 * so two instances draining the same conversation at once never deliver a message twice.
 */
public final class JdbcOutbox implements Outbox {

    private record Row(long id, OutboxMessage message) {
    }

    private final JdbcTemplate jdbc;

    public JdbcOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void enqueue(ConversationKey conversation, OutboxMessage m) {
        jdbc.update("insert into outbox (conversation_key, agent_name, text, at) values (?, ?, ?, ?)",
                conversation.asString(), m.agentName(), m.text(), ts(m.at()));
    }

    @Override
    public List<OutboxMessage> drain(ConversationKey conversation) {
        List<Row> rows = jdbc.query("select id, agent_name, text, at from outbox where conversation_key = ? order by id",
                (rs, n) -> new Row(rs.getLong(1), new OutboxMessage(rs.getString(2), rs.getString(3), instant(rs, 4))),
                conversation.asString());
        List<OutboxMessage> mine = new ArrayList<>();
        for (Row row : rows) {
            if (jdbc.update("delete from outbox where id = ?", row.id()) == 1) {
                mine.add(row.message());
            }
        }
        return mine;
    }
}
