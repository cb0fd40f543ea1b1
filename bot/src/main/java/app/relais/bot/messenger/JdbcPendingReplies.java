package app.relais.bot.messenger;

import app.relais.conversation.ConversationKey;
import app.relais.conversation.Reply;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link PendingReplies} in {@code messenger_pending} (same SQL on H2 and PostgreSQL), so that
 * replies Meta could not take survive a restart. Each reply is kept as JSON (the engine's record
 * as it is); the identity column keeps one person's replies in the order they were queued.
 */
final class JdbcPendingReplies implements PendingReplies {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final JdbcTemplate jdbc;

    JdbcPendingReplies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ConversationKey key, List<Reply> replies, Kind kind, Instant at) {
        Timestamp when = Timestamp.from(at);
        jdbc.batchUpdate("insert into messenger_pending (conversation_key, kind, reply, queued_at) values (?, ?, ?, ?)",
                replies.stream().map(r -> new Object[] {key.asString(), kind.name(), write(r), when}).toList());
    }

    @Override
    public List<Entry> pending(ConversationKey key) {
        return jdbc.query("select id, kind, reply, queued_at from messenger_pending where conversation_key = ? order by id",
                (rs, n) -> new Entry(rs.getLong(1), key, read(rs.getString(3)), Kind.valueOf(rs.getString(2)),
                        rs.getTimestamp(4).toInstant()), key.asString());
    }

    @Override
    public void sent(long id) {
        jdbc.update("delete from messenger_pending where id = ?", id);
    }

    @Override
    public void erase(ConversationKey key) {
        jdbc.update("delete from messenger_pending where conversation_key = ?", key.asString());
    }

    @Override
    public List<ConversationKey> waiting(String channel) {
        return jdbc.queryForList("select distinct conversation_key from messenger_pending", String.class).stream()
                .map(ConversationKey::parse).filter(k -> k.channel().equals(channel)).toList();
    }

    private static String write(Reply reply) {
        try {
            return JSON.writeValueAsString(reply);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reply could not be written as JSON", e);
        }
    }

    private static Reply read(String json) {
        try {
            return JSON.readValue(json, Reply.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored Messenger reply could not be read", e);
        }
    }
}
