package app.relais.bot.store;

import app.relais.catalog.LocalizedText;
import app.relais.outage.FaqEntry;
import app.relais.outage.FaqStore;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The FAQ in {@code faq_entries}, in its order; a save replaces every entry in one transaction,
 * so another instance never reads half an edit. {@code faq_seeded} tells a first start (seed from
 * the file) from an FAQ the admins emptied.
 */
public final class JdbcFaqStore implements FaqStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public JdbcFaqStore(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public Optional<List<FaqEntry>> load() {
        return transactions.execute(status -> {
            Integer seeded = jdbc.queryForObject("select count(*) from faq_seeded", Integer.class);
            if (seeded == null || seeded == 0) {
                return Optional.<List<FaqEntry>>empty();
            }
            return Optional.of(jdbc.query("select id, short_code, active, question_fr, question_en, examples_fr, examples_en,"
                    + " answer_fr, answer_en, updated_by, updated_at from faq_entries order by ordinal", (rs, n) ->
                    new FaqEntry(rs.getString(1), rs.getString(2), new LocalizedText(rs.getString(4), rs.getString(5)),
                            new FaqEntry.Examples(lines(rs.getString(6)), lines(rs.getString(7))),
                            new LocalizedText(rs.getString(8), rs.getString(9)), FaqEntry.Active.parse(rs.getString(3)),
                            rs.getString(10), JdbcIncidentStore.instant(rs, 11))));
        });
    }

    @Override
    public void saveAll(List<FaqEntry> entries) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("delete from faq_entries");
            int ordinal = 0;
            for (FaqEntry e : entries) {
                jdbc.update("insert into faq_entries (id, ordinal, short_code, active, question_fr, question_en, examples_fr,"
                                + " examples_en, answer_fr, answer_en, updated_by, updated_at)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        e.id(), ordinal++, e.shortCode(), e.active().wireName(), e.question().fr(), e.question().en(),
                        String.join("\n", e.examples().fr()), String.join("\n", e.examples().en()),
                        e.answer().fr(), e.answer().en(), e.updatedBy(), JdbcIncidentStore.ts(e.updatedAt()));
            }
            if (jdbc.update("update faq_seeded set id = 1 where id = 1") == 0) {
                jdbc.update("insert into faq_seeded (id) values (1)");
            }
        });
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
