package app.relais.bot.logging;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * {@code RELAIS_LOG_FORMAT=json} turns on Spring Boot's structured console logging in the Elastic
 * Common Schema; {@code ecs}, {@code logstash} and {@code gelf} choose a schema; {@code text} or
 * nothing keeps the usual lines. Runs before the logging system starts, so the very first lines
 * are in the chosen format; an unknown value stops the start with a message saying which exist.
 */
public class LogFormat implements EnvironmentPostProcessor {

    static final String PROPERTY = "relais.log-format";
    static final String STRUCTURED = "logging.structured.format.console";
    private static final Set<String> SCHEMAS = Set.of("ecs", "logstash", "gelf");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty(PROPERTY);
        if (!StringUtils.hasText(format) || StringUtils.hasText(environment.getProperty(STRUCTURED))) {
            return;
        }
        String value = format.strip().toLowerCase(Locale.ROOT);
        if (value.equals("text")) {
            return;
        }
        String schema = value.equals("json") ? "ecs" : value;
        if (!SCHEMAS.contains(schema)) {
            throw new IllegalStateException("RELAIS_LOG_FORMAT=" + format
                    + " is not a log format: use text (default), json (= ecs), ecs, logstash or gelf");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("relaisLogFormat", Map.of(STRUCTURED, schema)));
    }
}
