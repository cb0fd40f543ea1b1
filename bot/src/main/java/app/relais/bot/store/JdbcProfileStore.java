package app.relais.bot.store;

import app.relais.catalog.LocalizedText;
import app.relais.outage.BusinessChannel;
import app.relais.outage.BusinessProfile;
import app.relais.outage.ProfileStore;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The business profile in one row of {@code business_profile}. */
public final class JdbcProfileStore implements ProfileStore {

    private static final int ROW = 1;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public JdbcProfileStore(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public Optional<BusinessProfile> load(List<BusinessChannel> channels) {
        return jdbc.query("select name, email, phone, contact_form, chat_url, hours_fr, hours_en, languages, status_note_fr,"
                + " status_note_en, time_zone, updated_by, updated_at from business_profile where id = ?", (rs, n) ->
                new BusinessProfile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        text(rs.getString(6), rs.getString(7)),
                        rs.getString(8).isBlank() ? List.of() : Arrays.asList(rs.getString(8).split(",")),
                        text(rs.getString(9), rs.getString(10)),
                        rs.getString(11) == null ? null : ZoneId.of(rs.getString(11)), channels, rs.getString(12),
                        JdbcIncidentStore.instant(rs, 13)), ROW).stream().findFirst();
    }

    @Override
    public void save(BusinessProfile p) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("delete from business_profile where id = ?", ROW);
            jdbc.update("insert into business_profile (id, name, email, phone, contact_form, chat_url, hours_fr, hours_en,"
                            + " languages, status_note_fr, status_note_en, time_zone, updated_by, updated_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ROW, p.name(), p.email(), p.phone(), p.contactForm(), p.chatUrl(),
                    p.hours() == null ? null : p.hours().fr(), p.hours() == null ? null : p.hours().en(),
                    String.join(",", p.languages()),
                    p.statusNote() == null ? null : p.statusNote().fr(), p.statusNote() == null ? null : p.statusNote().en(),
                    p.zone() == null ? null : p.zone().getId(), p.updatedBy(), JdbcIncidentStore.ts(p.updatedAt()));
        });
    }

    private static LocalizedText text(String fr, String en) {
        return fr == null || en == null ? null : new LocalizedText(fr, en);
    }
}
