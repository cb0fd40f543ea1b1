package app.relais.bot.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/** RELAIS_LOG_FORMAT as an operator writes it, and the structured format Spring Boot then uses. */
class LogFormatTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {"json, ecs", "JSON, ecs", "ecs, ecs", "logstash, logstash",
            "gelf, gelf", "text, none", "'', none"})
    void theFormatChoosesTheStructuredSchema(String format, String schema) {
        MockEnvironment environment = new MockEnvironment().withProperty(LogFormat.PROPERTY, format);
        new LogFormat().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty(LogFormat.STRUCTURED)).isEqualTo(schema);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void jsonLogsAreOneJsonObjectPerLine(CapturedOutput output) throws Exception {
        // Logging is set up once per JVM by the first application context; cached test contexts
        // keep it. Marked uninitialised, it is set up again by the application below.
        LoggingSystem.get(getClass().getClassLoader()).cleanUp();
        // An argument, as RELAIS_LOG_FORMAT would: default properties (builder.properties) rank below
        // application.yml, whose relais.log-format is ${RELAIS_LOG_FORMAT:text}.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Nothing.class)
                .web(WebApplicationType.NONE).properties("spring.main.banner-mode=off").run("--relais.log-format=json")) {
            LoggerFactory.getLogger(LogFormatTest.class).info("structured line");
        }
        String line = output.getAll().lines().filter(l -> l.contains("structured line")).findFirst().orElseThrow();
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("message").asText()).isEqualTo("structured line");
        assertThat(json.get("log").get("level").asText()).isEqualTo("INFO");
        assertThat(json.has("@timestamp")).isTrue();
    }

    /** An application with nothing in it: only the environment and the logging system start. */
    static class Nothing {
    }

    @ParameterizedTest
    @CsvSource({"xml", "yaml"})
    void anUnknownFormatStopsTheStartAndSaysWhichExist(String format) {
        MockEnvironment environment = new MockEnvironment().withProperty(LogFormat.PROPERTY, format);
        assertThatThrownBy(() -> new LogFormat().postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("RELAIS_LOG_FORMAT=" + format).hasMessageContaining("json");
    }
}
