package app.relais.bot.desk;

import app.relais.bot.accounts.InvalidInputException;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The team's canned answers, edited on the desk: a title for the list, the text in French and in
 * English (one may be left empty: the other is used), with variables the desk fills in when it
 * puts an answer in the reply box: {@code {customer}}, {@code {ticket}}, {@code {agent}}.
 */
final class CannedAnswers {

    static final int TITLE_MAX = 100;
    static final int TEXT_MAX = 4000;

    record Answer(long id, String title, String fr, String en, String updatedBy, Instant updatedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CannedAnswers(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Answer> all() {
        return jdbc.query("select id, title, text_fr, text_en, updated_by, updated_at from canned_answers order by lower(title)",
                (rs, n) -> new Answer(rs.getLong(1), rs.getString(2), blankToNull(rs.getString(3)),
                        blankToNull(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant()));
    }

    Optional<Answer> find(long id) {
        return all().stream().filter(a -> a.id() == id).findFirst();
    }

    Answer create(String title, String fr, String en, String by) {
        Answer valid = valid(title, fr, en);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("insert into canned_answers (title, text_fr, text_en, updated_by, "
                    + "updated_at) values (?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, valid.title());
            ps.setString(2, orEmpty(valid.fr()));
            ps.setString(3, orEmpty(valid.en()));
            ps.setString(4, by);
            ps.setTimestamp(5, Timestamp.from(clock.instant()));
            return ps;
        }, key);
        return find(key.getKey().longValue()).orElseThrow();
    }

    Optional<Answer> update(long id, String title, String fr, String en, String by) {
        Answer valid = valid(title, fr, en);
        int updated = jdbc.update("update canned_answers set title = ?, text_fr = ?, text_en = ?, updated_by = ?, "
                        + "updated_at = ? where id = ?", valid.title(), orEmpty(valid.fr()), orEmpty(valid.en()), by,
                Timestamp.from(clock.instant()), id);
        return updated == 0 ? Optional.empty() : find(id);
    }

    Optional<Answer> delete(long id) {
        Optional<Answer> answer = find(id);
        answer.ifPresent(a -> jdbc.update("delete from canned_answers where id = ?", id));
        return answer;
    }

    private static Answer valid(String title, String fr, String en) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > TITLE_MAX || t.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("canned-title");
        }
        String f = blankToNull(fr);
        String e = blankToNull(en);
        if (f == null && e == null || f != null && f.length() > TEXT_MAX || e != null && e.length() > TEXT_MAX) {
            throw new InvalidInputException("canned-text");
        }
        return new Answer(0, t, f, e, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
