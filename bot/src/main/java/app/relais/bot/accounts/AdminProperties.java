package app.relais.bot.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param token    a bearer token for {@code /api/admin/**} that automation keeps using
 *                 ({@code RELAIS_ADMIN_TOKEN}): registered at start under the name
 *                 {@code RELAIS_ADMIN_TOKEN}, stored hashed; absent, tokens are only made on the desk
 * @param user     the first administrator's user name ({@code RELAIS_ADMIN_USER}), used only while
 *                 no account exists
 * @param password the first administrator's password ({@code RELAIS_ADMIN_PASSWORD}), likewise;
 *                 without both, a one-time setup link is logged instead
 */
@ConfigurationProperties("relais.admin")
public record AdminProperties(String token, String user, String password) {
}
