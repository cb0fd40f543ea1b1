package app.relais.bot;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Application-wide settings ({@code RELAIS_*} environment variables).
 *
 * @param dataDir where the embedded database and other local data live ({@code RELAIS_DATA_DIR})
 * @param zone    the time zone dates typed without one are read in ({@code RELAIS_ZONE})
 */
@Validated
@ConfigurationProperties("relais")
public record RelaisProperties(@NotNull @DefaultValue("./data") Path dataDir,
                               @NotNull @DefaultValue("Europe/Paris") ZoneId zone) {
}
