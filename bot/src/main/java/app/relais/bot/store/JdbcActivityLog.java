package app.relais.bot.store;

import app.relais.conversation.ConversationKey;
import app.relais.outage.Activity;
import app.relais.outage.ActivityLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The activity the incident reports count, in {@code outage_activity}. Recording only queues: a
 * conversation's turn never waits for this table; the queue is written every second (and before
 * a report is read), in one batch. A crash loses at most the last second of counts, never a
 * conversation.
 */
public class JdbcActivityLog implements ActivityLog {

    private static final Logger log = LoggerFactory.getLogger(JdbcActivityLog.class);

    private final JdbcTemplate jdbc;
    private final ConcurrentLinkedQueue<Activity> queued = new ConcurrentLinkedQueue<>();

    public JdbcActivityLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Activity activity) {
        queued.add(activity);
    }

    /** Writes what was queued; run every second and before every read. */
    @Scheduled(fixedDelayString = "PT1S")
    public synchronized void flush() {
        List<Object[]> rows = new ArrayList<>();
        for (Activity a; (a = queued.poll()) != null; ) {
            rows.add(new Object[] {JdbcIncidentStore.ts(a.at()), a.kind().name(), a.channel(), a.ref(), a.seconds(),
                    a.detail(), a.conversation() == null ? null : a.conversation().asString()});
        }
        if (rows.isEmpty()) {
            return;
        }
        try {
            jdbc.batchUpdate("insert into outage_activity (at, kind, channel, ref, seconds, detail, conversation_key)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", rows);
        } catch (RuntimeException e) {
            log.warn("{} activity rows for the incident reports could not be written ({})", rows.size(), e.getClass().getName());
        }
    }

    @Override
    public List<Activity> between(Instant from, Instant to) {
        flush();
        return jdbc.query("select at, kind, channel, ref, seconds, detail, conversation_key from outage_activity"
                        + " where at >= ? and at < ? order by at, id", (rs, n) -> new Activity(JdbcIncidentStore.instant(rs, 1),
                        Activity.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getObject(5) == null ? null : rs.getLong(5), rs.getString(6),
                        rs.getString(7) == null ? null : ConversationKey.parse(rs.getString(7))),
                JdbcIncidentStore.ts(from), JdbcIncidentStore.ts(to));
    }

    @Override
    public void forget(ConversationKey conversation) {
        flush();
        jdbc.update("update outage_activity set detail = null, conversation_key = null where conversation_key = ?",
                conversation.asString());
    }
}
