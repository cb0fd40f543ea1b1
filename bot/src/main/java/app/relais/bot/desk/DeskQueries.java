package app.relais.bot.desk;

import app.relais.bot.store.JdbcTicketStore;
import app.relais.handoff.Ticket;
import app.relais.handoff.TicketMessage;
import app.relais.handoff.TicketStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The desk's reads over the hand-off's tables and its own (notes, what each agent has read):
 * the conversation list with, per ticket, its last message, whether the customer waits for an
 * answer and how many of their messages this agent has not seen; search; notes.
 */
final class DeskQueries {

    /** A ticket in the list, as one agent sees it. */
    record Row(Ticket ticket, Message last, boolean waiting, int unread) {
    }

    /** A message of a ticket with its position (ids grow with time). */
    record Message(long id, Instant at, TicketMessage.Author author, String name, String text) {
    }

    record Note(long id, Instant at, long accountId, String author, String text) {
    }

    private static final String ROW = "select t.id, t.conversation_key, t.status, t.language, t.name, t.contact, "
            + "t.question, t.summary, t.agent, t.agent_id, t.opened_at, t.taken_at, t.closed_at, t.wait_notice_at, "
            + "(select max(m.id) from ticket_messages m where m.ticket_id = t.id and m.author = 'CUSTOMER'), "
            + "(select max(m.id) from ticket_messages m where m.ticket_id = t.id and m.author = 'AGENT'), "
            + "(select max(m.id) from ticket_messages m where m.ticket_id = t.id), "
            + "(select count(*) from ticket_messages m where m.ticket_id = t.id and m.author = 'CUSTOMER' and m.id > "
            + "coalesce((select r.last_seen from desk_reads r where r.ticket_id = t.id and r.account_id = ?), 0)) "
            + "from tickets t ";
    private static final String SEARCH = "and (lower(t.id) like ? escape '\\' or lower(coalesce(t.name, '')) like ? escape '\\' "
            + "or lower(coalesce(t.contact, '')) like ? escape '\\' or lower(t.conversation_key) like ? escape '\\' "
            + "or lower(coalesce(t.question, '')) like ? escape '\\' or lower(coalesce(t.summary, '')) like ? escape '\\' "
            + "or exists (select 1 from ticket_messages m where m.ticket_id = t.id and lower(m.text) like ? escape '\\') "
            + "or exists (select 1 from desk_notes n where n.ticket_id = t.id and lower(n.text) like ? escape '\\')) ";
    private static final int SEARCHED_COLUMNS = 8;

    private final JdbcTemplate jdbc;

    DeskQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Open and taken tickets, the latest activity first. */
    List<Row> active(long accountId, String search) {
        return rows("where t.status <> 'CLOSED' ", accountId, search, 500);
    }

    /** Closed tickets, the latest first. */
    List<Row> closed(long accountId, String search, int limit) {
        return rows("where t.status = 'CLOSED' ", accountId, search, limit);
    }

    private List<Row> rows(String where, long accountId, String search, int limit) {
        List<Object> args = new ArrayList<>();
        args.add(accountId);
        String sql = ROW + where;
        if (search != null && !search.isBlank()) {
            sql += SEARCH;
            String like = "%" + search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            for (int i = 0; i < SEARCHED_COLUMNS; i++) {
                args.add(like);
            }
        }
        List<long[]> marks = new ArrayList<>();
        args.add(limit);
        List<Ticket> tickets = jdbc.query(sql + "order by coalesce(t.closed_at, t.opened_at) desc limit ?", (rs, n) -> {
                    marks.add(new long[] {rs.getLong(15), rs.getLong(16), rs.getLong(17), rs.getLong(18)});
                    return JdbcTicketStore.TICKET.mapRow(rs, n);
                }, args.toArray());
        Map<Long, Message> lasts = messagesById(marks.stream().map(m -> m[2]).filter(id -> id > 0).toList());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < tickets.size(); i++) {
            Ticket t = tickets.get(i);
            long[] m = marks.get(i);
            boolean waiting = t.status() == TicketStatus.OPEN
                    || t.status() == TicketStatus.TAKEN && m[0] > m[1];
            rows.add(new Row(t, lasts.get(m[2]), waiting, (int) m[3]));
        }
        rows.sort((a, b) -> activity(b).compareTo(activity(a)));
        return rows;
    }

    private static Instant activity(Row row) {
        return row.last() != null ? row.last().at() : row.ticket().openedAt();
    }

    private Map<Long, Message> messagesById(List<Long> ids) {
        Map<Long, Message> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        String in = String.join(", ", ids.stream().map(id -> "?").toList());
        jdbc.query("select id, at, author, name, text from ticket_messages where id in (" + in + ")",
                rs -> {
                    Message m = message(rs);
                    found.put(m.id(), m);
                }, ids.toArray());
        return found;
    }

    List<Message> messages(String ticketId) {
        return jdbc.query("select id, at, author, name, text from ticket_messages where ticket_id = ? order by id",
                (rs, n) -> message(rs), ticketId);
    }

    /** The agent has seen the ticket up to its latest message. */
    void read(String ticketId, long accountId) {
        Long last = jdbc.queryForObject("select coalesce(max(id), 0) from ticket_messages where ticket_id = ?",
                Long.class, ticketId);
        if (jdbc.update("update desk_reads set last_seen = ? where ticket_id = ? and account_id = ?", last, ticketId,
                accountId) == 0) {
            try {
                jdbc.update("insert into desk_reads (ticket_id, account_id, last_seen) values (?, ?, ?)", ticketId,
                        accountId, last);
            } catch (DuplicateKeyException e) {
                // The same agent's other tab got there first; it wrote the same mark.
            }
        }
    }

    void addNote(String ticketId, long accountId, String author, String text, Instant at) {
        jdbc.update("insert into desk_notes (ticket_id, at, account_id, author, text) values (?, ?, ?, ?, ?)",
                ticketId, Timestamp.from(at), accountId, author, text);
    }

    List<Note> notes(String ticketId) {
        return jdbc.query("select id, at, account_id, author, text from desk_notes where ticket_id = ? order by id",
                (rs, n) -> new Note(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getLong(3), rs.getString(4),
                        rs.getString(5)), ticketId);
    }

    private static Message message(ResultSet rs) throws SQLException {
        return new Message(rs.getLong(1), rs.getTimestamp(2).toInstant(), TicketMessage.Author.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5));
    }
}
