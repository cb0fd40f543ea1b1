package app.relais.bot.store;

import app.relais.catalog.LocalizedText;
import app.relais.outage.Incident;
import app.relais.outage.IncidentStore;
import app.relais.outage.IncidentUpdate;
import app.relais.outage.ServiceStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Incidents and their updates in two tables; updates are only ever appended. */
public final class JdbcIncidentStore implements IncidentStore {

    private static final String COLUMNS = "select id, channel, opened_at, closed_at from incidents ";

    private final JdbcTemplate jdbc;

    public JdbcIncidentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Incident incident) {
        int updated = jdbc.update("update incidents set closed_at = ? where id = ?", ts(incident.closedAt()), incident.id());
        if (updated == 0) {
            jdbc.update("insert into incidents (id, channel, opened_at, closed_at) values (?, ?, ?, ?)",
                    incident.id(), incident.channel(), ts(incident.openedAt()), ts(incident.closedAt()));
        }
        Integer known = jdbc.queryForObject("select count(*) from incident_updates where incident_id = ?",
                Integer.class, incident.id());
        List<IncidentUpdate> updates = incident.updates();
        for (int seq = known == null ? 0 : known; seq < updates.size(); seq++) {
            IncidentUpdate u = updates.get(seq);
            jdbc.update("insert into incident_updates (incident_id, seq, at, status, message_fr, message_en, "
                            + "expected_resolution) values (?, ?, ?, ?, ?, ?, ?)",
                    incident.id(), seq, ts(u.at()), u.status().name(), u.message().fr(), u.message().en(),
                    ts(u.expectedResolution()));
        }
    }

    @Override
    public Optional<Incident> find(String id) {
        return query(COLUMNS + "where id = ?", id).stream().findFirst();
    }

    @Override
    public Optional<Incident> openOn(String channel) {
        return query(COLUMNS + "where channel = ? and closed_at is null", channel).stream().findFirst();
    }

    @Override
    public List<Incident> open() {
        return query(COLUMNS + "where closed_at is null order by opened_at");
    }

    @Override
    public List<Incident> since(Instant from) {
        return query(COLUMNS + "where closed_at is null or closed_at >= ? order by opened_at desc", ts(from));
    }

    private List<Incident> query(String sql, Object... args) {
        List<Object[]> rows = jdbc.query(sql, (rs, n) -> new Object[] {rs.getString(1), rs.getString(2),
                instant(rs, 3), instant(rs, 4)}, args);
        List<Incident> incidents = new ArrayList<>();
        for (Object[] row : rows) {
            List<IncidentUpdate> updates = jdbc.query("select at, status, message_fr, message_en, expected_resolution "
                            + "from incident_updates where incident_id = ? order by seq",
                    (rs, n) -> new IncidentUpdate(instant(rs, 1), ServiceStatus.valueOf(rs.getString(2)),
                            new LocalizedText(rs.getString(3), rs.getString(4)), instant(rs, 5)),
                    row[0]);
            if (updates.isEmpty()) {
                // Being declared this very moment (its row is written before its first update): not there yet.
                continue;
            }
            incidents.add(new Incident((String) row[0], (String) row[1], (Instant) row[2], (Instant) row[3], updates));
        }
        return incidents;
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
