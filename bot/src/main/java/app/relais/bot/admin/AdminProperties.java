package app.relais.bot.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param token the bearer token of {@code /api/admin/**} ({@code RELAIS_ADMIN_TOKEN}); absent, one
 *              is generated at start and logged once
 */
@ConfigurationProperties("relais.admin")
public record AdminProperties(String token) {
}
