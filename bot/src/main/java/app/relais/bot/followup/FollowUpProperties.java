package app.relais.bot.followup;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Follow-up settings ({@code RELAIS_FOLLOWUP_*}).
 *
 * @param after how long after a request is sent its follow-up is due ({@code RELAIS_FOLLOWUP_AFTER},
 *              e.g. {@code 7d}); the seeds' advice is at least a week
 */
@Validated
@ConfigurationProperties("relais.followup")
public record FollowUpProperties(@NotNull @DefaultValue("7d") Duration after) {
}
