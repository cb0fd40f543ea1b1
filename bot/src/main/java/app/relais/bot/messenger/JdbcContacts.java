package app.relais.bot.messenger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link Contacts} in {@code messenger_contacts} (same SQL on H2 and PostgreSQL). Choice ids are
 * short ASCII without line breaks (they travel in Telegram's 64-byte callback data), so a list is
 * kept as lines.
 */
final class JdbcContacts implements Contacts {

    private final JdbcTemplate jdbc;

    JdbcContacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Contact> find(String psid) {
        return jdbc.query("select psid, last_message_at, numbered from messenger_contacts where psid = ?",
                JdbcContacts::contact, psid).stream().findFirst();
    }

    @Override
    public void wrote(String psid, Instant at) {
        Timestamp time = Timestamp.from(at);
        int updated = jdbc.update("update messenger_contacts set last_message_at = ? where psid = ?"
                + " and (last_message_at is null or last_message_at < ?)", time, psid, time);
        if (updated == 0) {
            jdbc.update("insert into messenger_contacts (psid, last_message_at, numbered) values (?, ?, '')"
                    + " on conflict do nothing", psid, time);
        }
    }

    @Override
    public void numbered(String psid, List<String> choiceIds) {
        String lines = String.join("\n", choiceIds);
        if (jdbc.update("update messenger_contacts set numbered = ? where psid = ?", lines, psid) == 0) {
            jdbc.update("insert into messenger_contacts (psid, last_message_at, numbered) values (?, null, ?)"
                    + " on conflict do nothing", psid, lines);
        }
    }

    @Override
    public int forgetIdleSince(Instant cutoff) {
        return jdbc.update("delete from messenger_contacts where last_message_at is null or last_message_at < ?",
                Timestamp.from(cutoff));
    }

    private static Contact contact(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp(2);
        String lines = rs.getString(3);
        List<String> numbered = lines == null || lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n"));
        return new Contact(rs.getString(1), at == null ? null : at.toInstant(), List.copyOf(numbered));
    }
}
