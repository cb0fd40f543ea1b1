package app.relais.bot;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Hand-off settings ({@code RELAIS_HANDOFF_*}).
 *
 * @param agentWait     how long a ticket waits for an agent before the customer is told the usual
 *                      delay and offered email ({@code RELAIS_HANDOFF_AGENT_WAIT}, e.g. {@code 10m})
 * @param expectedReply the usual reply delay announced then ({@code RELAIS_HANDOFF_EXPECTED_REPLY})
 * @param fallbacks     misunderstandings in a row before a human is offered
 */
@Validated
@ConfigurationProperties("relais.handoff")
public record HandoffProperties(@NotNull @DefaultValue("10m") Duration agentWait,
                                @NotNull @DefaultValue("4h") Duration expectedReply,
                                @Min(1) @DefaultValue("3") int fallbacks) {
}
