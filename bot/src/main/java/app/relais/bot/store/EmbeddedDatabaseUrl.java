package app.relais.bot.store;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With no {@code RELAIS_DB_URL}, the database is an H2 file in the data directory. H2 refuses a
 * relative path that does not start with "./", so the URL is built here from the data directory's
 * absolute path. {@code WRITE_DELAY=0}: a committed transition reaches the file at once, so even
 * SIGKILL loses nothing; PostgreSQL mode keeps the SQL the same as on a real PostgreSQL.
 */
public class EmbeddedDatabaseUrl implements EnvironmentPostProcessor {

    static final String OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("relais.data-dir", "./data")).toAbsolutePath().normalize();
        String url = "jdbc:h2:file:" + dataDir.resolve("relais") + OPTIONS;
        environment.getPropertySources().addFirst(new MapPropertySource("relaisEmbeddedDatabase",
                Map.of("spring.datasource.url", url)));
    }
}
