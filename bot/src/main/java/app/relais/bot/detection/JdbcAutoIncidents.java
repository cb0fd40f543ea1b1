package app.relais.bot.detection;

import app.relais.catalog.LocalizedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link AutoIncidents} in two tables (same SQL on H2 and PostgreSQL), so every instance sees them. */
final class JdbcAutoIncidents implements AutoIncidents {

    private final JdbcTemplate jdbc;

    JdbcAutoIncidents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void detected(String incidentId, String channel, Instant at) {
        jdbc.update("insert into auto_incidents (incident_id, channel, detected_at) values (?, ?, ?)"
                + " on conflict do nothing", incidentId, channel, Timestamp.from(at));
    }

    @Override
    public Set<String> automatic(Collection<String> incidentIds) {
        if (incidentIds.isEmpty()) {
            return Set.of();
        }
        String marks = String.join(",", Collections.nCopies(incidentIds.size(), "?"));
        return new HashSet<>(jdbc.queryForList("select incident_id from auto_incidents where incident_id in (" + marks + ")",
                String.class, incidentIds.toArray()));
    }

    @Override
    public Optional<Detected> find(String incidentId) {
        return jdbc.query("select incident_id, channel, detected_at, confirmed_by, confirmed_at from auto_incidents"
                + " where incident_id = ?", JdbcAutoIncidents::detected, incidentId).stream().findFirst();
    }

    @Override
    public boolean confirm(String incidentId, String by, Instant at) {
        jdbc.update("update auto_incidents set confirmed_by = ?, confirmed_at = ? where incident_id = ?"
                + " and confirmed_by is null", by, Timestamp.from(at), incidentId);
        return find(incidentId).isPresent();
    }

    @Override
    public Optional<LocalizedText> recoveryMessage(String channel) {
        return jdbc.query("select message_fr, message_en from detection_recovery_messages where channel = ?",
                (rs, n) -> new LocalizedText(rs.getString(1), rs.getString(2)), channel).stream().findFirst();
    }

    @Override
    public void recoveryMessage(String channel, LocalizedText message) {
        int updated = jdbc.update("update detection_recovery_messages set message_fr = ?, message_en = ? where channel = ?",
                message.fr(), message.en(), channel);
        if (updated == 0) {
            jdbc.update("insert into detection_recovery_messages (channel, message_fr, message_en) values (?, ?, ?)"
                    + " on conflict do nothing", channel, message.fr(), message.en());
        }
    }

    private static Detected detected(ResultSet rs, int n) throws SQLException {
        Timestamp confirmedAt = rs.getTimestamp(5);
        return new Detected(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                confirmedAt == null ? null : confirmedAt.toInstant());
    }
}
