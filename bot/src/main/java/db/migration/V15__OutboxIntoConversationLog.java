package db.migration;

import app.relais.conversation.Reply;
import app.relais.store.MessageTime;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves the messages that waited in the hand-off's {@code outbox} table (for web customers who were
 * away) into the conversation log, as messages written outside a turn and not sent yet, then drops
 * that table: the log is now the one outbox. In Java because the replies are stored as the
 * engine's JSON, which neither database writes the same way in SQL.
 */
public class V15__OutboxIntoConversationLog extends BaseJavaMigration {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<String, Long> latest = new HashMap<>();
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("select conversation_key, agent_name, text, at from outbox order by id");
             PreparedStatement insert = connection.prepareStatement("insert into conversation_log (conversation_key, id,"
                     + " at, author, name, language, person, replies, reply_count) values (?, ?, ?, ?, ?, null, null, ?, 1)");
             PreparedStatement owed = connection.prepareStatement("insert into conversation_owed (conversation_key, id,"
                     + " sent, committed_at) values (?, ?, 0, ?)")) {
            while (rs.next()) {
                String key = rs.getString(1);
                String agent = rs.getString(2);
                Timestamp at = rs.getTimestamp(4);
                long id = MessageTime.posted(at.toInstant(), latest.getOrDefault(key, 0L));
                latest.put(key, id);
                Timestamp stamped = Timestamp.from(MessageTime.instant(id));
                insert.setString(1, key);
                insert.setLong(2, id);
                insert.setTimestamp(3, stamped);
                insert.setString(4, agent == null ? "BOT" : "AGENT");
                insert.setString(5, agent);
                insert.setString(6, replies(rs.getString(3)));
                insert.executeUpdate();
                owed.setString(1, key);
                owed.setLong(2, id);
                owed.setTimestamp(3, stamped);
                owed.executeUpdate();
            }
        }
        try (Statement drop = connection.createStatement()) {
            drop.execute("drop table outbox");
        }
    }

    private String replies(String text) {
        try {
            return json.writeValueAsString(List.of(Reply.text(text)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a waiting message cannot be written as JSON", e);
        }
    }
}
