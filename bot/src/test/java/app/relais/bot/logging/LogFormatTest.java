package app.relais.bot.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
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

    @ParameterizedTest
    @CsvSource({"xml", "yaml"})
    void anUnknownFormatStopsTheStartAndSaysWhichExist(String format) {
        MockEnvironment environment = new MockEnvironment().withProperty(LogFormat.PROPERTY, format);
        assertThatThrownBy(() -> new LogFormat().postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("RELAIS_LOG_FORMAT=" + format).hasMessageContaining("json");
    }
}
