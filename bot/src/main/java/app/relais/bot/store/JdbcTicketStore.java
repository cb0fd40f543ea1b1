package app.relais.bot.store;

import static app.relais.bot.store.JdbcIncidentStore.instant;
import static app.relais.bot.store.JdbcIncidentStore.ts;

import app.relais.conversation.ConversationKey;
import app.relais.handoff.Ticket;
import app.relais.handoff.TicketMessage;
import app.relais.handoff.TicketStatus;
import app.relais.handoff.TicketStore;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Tickets and their messages in two tables, so every instance and the admin page see the same inbox. */
public final class JdbcTicketStore implements TicketStore {

    private static final String COLUMNS = "select id, conversation_key, status, language, name, contact, question, "
            + "summary, agent, agent_id, opened_at, taken_at, closed_at, wait_notice_at from tickets ";
    /** Maps the 14 columns of {@link #COLUMNS}, in their order (the desk reads tickets with more beside them). */
    public static final RowMapper<Ticket> TICKET = (rs, n) -> new Ticket(rs.getString(1),
            ConversationKey.parse(rs.getString(2)), TicketStatus.valueOf(rs.getString(3)), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
            instant(rs, 11), instant(rs, 12), instant(rs, 13), instant(rs, 14));

    private final JdbcTemplate jdbc;

    public JdbcTicketStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Ticket t) {
        int updated = jdbc.update("update tickets set status = ?, name = ?, contact = ?, question = ?, summary = ?, "
                        + "agent = ?, agent_id = ?, taken_at = ?, closed_at = ?, wait_notice_at = ? where id = ?",
                t.status().name(), t.name(), t.contact(), t.question(), t.summary(), t.agent(), t.agentId(),
                ts(t.takenAt()), ts(t.closedAt()), ts(t.waitNoticeAt()), t.id());
        if (updated == 0) {
            jdbc.update("insert into tickets (id, conversation_key, status, language, name, contact, question, summary, "
                            + "agent, agent_id, opened_at, taken_at, closed_at, wait_notice_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    t.id(), t.conversation().asString(), t.status().name(), t.language(), t.name(), t.contact(),
                    t.question(), t.summary(), t.agent(), t.agentId(), ts(t.openedAt()), ts(t.takenAt()),
                    ts(t.closedAt()), ts(t.waitNoticeAt()));
        }
    }

    @Override
    public Optional<Ticket> find(String id) {
        return jdbc.query(COLUMNS + "where id = ?", TICKET, id).stream().findFirst();
    }

    @Override
    public Optional<Ticket> activeFor(ConversationKey conversation) {
        return jdbc.query(COLUMNS + "where conversation_key = ? and status <> 'CLOSED' order by opened_at desc",
                TICKET, conversation.asString()).stream().findFirst();
    }

    @Override
    public List<Ticket> active() {
        return jdbc.query(COLUMNS + "where status <> 'CLOSED' order by opened_at", TICKET);
    }

    @Override
    public List<Ticket> recent(int limit) {
        return jdbc.query(COLUMNS + "order by opened_at desc", ps -> ps.setMaxRows(limit), TICKET);
    }

    @Override
    public void append(TicketMessage m) {
        jdbc.update("insert into ticket_messages (ticket_id, at, author, name, text) values (?, ?, ?, ?, ?)",
                m.ticketId(), ts(m.at()), m.author().name(), m.name(), m.text());
    }

    @Override
    public List<TicketMessage> messages(String ticketId) {
        return jdbc.query("select ticket_id, at, author, name, text from ticket_messages where ticket_id = ? order by id",
                (rs, n) -> new TicketMessage(rs.getString(1), instant(rs, 2), TicketMessage.Author.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5)), ticketId);
    }

    @Override
    public void deleteFor(ConversationKey conversation) {
        jdbc.update("delete from ticket_messages where ticket_id in (select id from tickets where conversation_key = ?)",
                conversation.asString());
        jdbc.update("delete from tickets where conversation_key = ?", conversation.asString());
    }
}
