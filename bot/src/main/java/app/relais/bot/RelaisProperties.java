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
 * @param zone    the time zone dates typed without one are read in ({@code RELAIS_ZONE}), and the
 *                business's until its profile names one
 * @param publicUrl the address people reach Relais at, e.g. {@code https://relais.example.org}
 *                ({@code RELAIS_PUBLIC_URL}): links to its pages in messages; absent, only the web
 *                chat gets them, as paths
 */
@Validated
@ConfigurationProperties("relais")
public record RelaisProperties(@NotNull @DefaultValue("./data") Path dataDir,
                               @NotNull @DefaultValue("Europe/Paris") ZoneId zone,
                               String publicUrl) {
}
