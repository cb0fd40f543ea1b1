package app.relais.bot.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Writes and reads the audit log. An entry recorded while an admin API request runs joins that
 * request ({@link AuditFilter} writes it once the outcome is known, with who made the request);
 * one recorded anywhere else is written at once with the actor given.
 */
public final class AuditLog {

    static final String PENDING = AuditLog.class.getName() + ".pending";
    private static final int DETAIL_MAX = 1000;

    /** What the domain said about a request while it ran. */
    record Noted(String action, String target, String detail) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that {@code actor} did {@code action} on {@code target}. Within an admin API request
     * the request's own actor is the one written (the same person, known more precisely).
     */
    public void record(Actor actor, String action, String target, String detail) {
        List<Noted> pending = pending();
        if (pending != null) {
            pending.add(new Noted(action, target, detail));
            return;
        }
        write(clock.instant(), actor, action, target, detail, null, null);
    }

    void write(Instant at, Actor actor, String action, String target, String detail, String request, Integer outcome) {
        jdbc.update("insert into audit_log (at, actor_kind, actor, actor_name, action, target, detail, request, outcome) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(at), actor.kind(), cut(actor.id(), 100), cut(actor.name(), 100), cut(action, 200),
                cut(target, 200), cut(detail, DETAIL_MAX), cut(request, 300), outcome);
    }

    /** The latest entries, newest first, older than {@code before} (an entry id) when given. */
    public List<AuditEntry> page(Long before, int limit) {
        String where = before == null ? "" : "where id < " + before.longValue() + " ";
        return jdbc.query("select id, at, actor_kind, actor, actor_name, action, target, detail, request, outcome "
                        + "from audit_log " + where + "order by id desc", ps -> ps.setMaxRows(limit),
                (rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        new Actor(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), (Integer) rs.getObject(10)));
    }

    /** Forgets entries older than {@code before}; returns how many. */
    public int purge(Instant before) {
        return jdbc.update("delete from audit_log where at < ?", Timestamp.from(before));
    }

    static void begin(HttpServletRequest request) {
        request.setAttribute(PENDING, new ArrayList<Noted>());
    }

    @SuppressWarnings("unchecked")
    static List<Noted> noted(HttpServletRequest request) {
        return (List<Noted>) request.getAttribute(PENDING);
    }

    @SuppressWarnings("unchecked")
    private static List<Noted> pending() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? null
                : (List<Noted>) attributes.getAttribute(PENDING, RequestAttributes.SCOPE_REQUEST);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
