package app.relais.bot.store;

import app.relais.conversation.ConversationKey;
import app.relais.files.FileIds;
import app.relais.files.FileStore;
import app.relais.files.Sha256;
import app.relais.files.StoredFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Files in the database (at most 10 MiB each), so that every instance serves every file. */
public final class JdbcFileStore implements FileStore {

    private static final String COLUMNS = "id, owner_key, name, original_name, mime, size, sha256, received_at";

    private final JdbcTemplate jdbc;
    private final GroupCommit writes;
    private final Clock clock;

    public JdbcFileStore(JdbcTemplate jdbc, GroupCommit writes, Clock clock) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public StoredFile save(ConversationKey owner, String name, String originalName, String mime, byte[] content) {
        StoredFile file = new StoredFile(FileIds.next(), owner, name, originalName, mime, content.length,
                Sha256.hex(content), clock.instant());
        // Inside a turn, the insert shares the wait for the commit of the snapshot that refers to it.
        writes.defer(() -> jdbc.update("insert into files (" + COLUMNS + ", content) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                file.id(), owner.asString(), file.name(), file.originalName(), file.mime(), file.size(), file.sha256(),
                Timestamp.from(file.receivedAt()), content));
        return file;
    }

    @Override
    public Optional<StoredFile> find(String id) {
        return jdbc.query("select " + COLUMNS + " from files where id = ?", JdbcFileStore::file, id).stream().findFirst();
    }

    @Override
    public Optional<byte[]> content(String id) {
        return jdbc.query("select content from files where id = ?", (rs, n) -> rs.getBytes(1), id).stream().findFirst();
    }

    @Override
    public List<StoredFile> ownedBy(ConversationKey owner) {
        return jdbc.query("select " + COLUMNS + " from files where owner_key = ? order by received_at",
                JdbcFileStore::file, owner.asString());
    }

    @Override
    public void deleteAll(ConversationKey owner) {
        writes.run(() -> jdbc.update("delete from files where owner_key = ?", owner.asString()));
    }

    /**
     * Files older than {@code before}, and files whose conversation is gone (kept an hour, so that a
     * file uploaded just before its conversation's first save is never caught).
     */
    int purge(Instant before) {
        return jdbc.update("delete from files where received_at < ? or (received_at < ? "
                        + "and owner_key not in (select conversation_key from conversations))",
                Timestamp.from(before), Timestamp.from(clock.instant().minusSeconds(3600)));
    }

    private static StoredFile file(ResultSet rs, int n) throws SQLException {
        return new StoredFile(rs.getString(1), ConversationKey.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant());
    }
}
