package app.relais.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A database of the last release upgrades to this one with Flyway's default validation. A new
 * migration numbered below the last released version would be refused at start ("detected
 * resolved migration not applied to database"), so every migration added since is numbered above
 * it, and this test says so when one is not.
 */
class UpgradeFromLastReleaseTest {

    /** The versions the last landed release (2026-12-07, stop 23) shipped, up to V40. */
    private static final String[] RELEASED = {"1", "2", "4", "5", "6", "10", "11", "12", "30", "31", "32", "40"};
    private static final int LAST_RELEASED = 40;

    @Test
    void everyMigrationAddedSinceTheLastReleaseIsNumberedAboveIt() {
        String[] upToLastRelease = Arrays.stream(flyway(Databases.emptyH2(), null).info().all())
                .map(MigrationInfo::getVersion)
                .filter(v -> Integer.parseInt(v.getVersion().split("\\.")[0]) <= LAST_RELEASED)
                .map(v -> v.getVersion()).toArray(String[]::new);
        assertThat(upToLastRelease).as("migrations numbered up to V%d", LAST_RELEASED).containsExactly(RELEASED);
    }

    @Test
    void aDatabaseOfTheLastReleaseUpgrades() {
        JdbcDataSource h2 = Databases.emptyH2();
        flyway(h2, String.valueOf(LAST_RELEASED)).migrate();
        Flyway upgrade = flyway(h2, null);
        upgrade.migrate();
        assertThat(upgrade.info().pending()).isEmpty();
    }


    private static Flyway flyway(JdbcDataSource dataSource, String target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }
}
