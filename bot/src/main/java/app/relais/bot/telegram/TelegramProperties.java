package app.relais.bot.telegram;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Telegram channel's settings ({@code RELAIS_TELEGRAM_*}).
 *
 * @param token         the bot token from @BotFather ({@code RELAIS_TELEGRAM_TOKEN}); absent or
 *                      blank: the channel stays off
 * @param apiUrl        the Bot API server ({@code RELAIS_TELEGRAM_API_URL}): Telegram's, a
 *                      self-hosted one or a test fake; scheme, host and port only
 * @param mode          how updates arrive ({@code RELAIS_TELEGRAM_MODE})
 * @param webhookSecret the {@code X-Telegram-Bot-Api-Secret-Token} expected in webhook mode
 *                      ({@code RELAIS_TELEGRAM_WEBHOOK_SECRET})
 * @param agentsChatId  the group where agents receive hand-offs ({@code RELAIS_AGENTS_CHAT_ID}, or
 *                      {@code RELAIS_TELEGRAM_AGENTS_CHAT_ID})
 * @param webhookUrl    the public https address Telegram posts updates to in webhook mode
 *                      ({@code RELAIS_TELEGRAM_WEBHOOK_URL}), ending in {@code /telegram/webhook}
 */
@Validated
@ConfigurationProperties("relais.telegram")
public record TelegramProperties(
        @Pattern(regexp = "^$|^[0-9]+:[A-Za-z0-9_-]+$",
                message = "must look like 123456:ABC-def (the token @BotFather gives)") String token,
        @NotNull @DefaultValue("https://api.telegram.org") URI apiUrl,
        @NotNull @DefaultValue("polling") Mode mode,
        @Pattern(regexp = "^[A-Za-z0-9_-]{1,256}$",
                message = "must be 1-256 characters among A-Z a-z 0-9 _ -") String webhookSecret,
        Long agentsChatId,
        URI webhookUrl) {

    public enum Mode {
        POLLING, WEBHOOK
    }

    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    /** Webhook mode needs a secret (its format is checked on binding) and a public https URL. */
    void checkWebhook() {
        if (webhookSecret == null || webhookSecret.isBlank()) {
            throw new IllegalStateException("RELAIS_TELEGRAM_MODE=webhook needs RELAIS_TELEGRAM_WEBHOOK_SECRET:"
                    + " 1-256 characters among A-Z a-z 0-9 _ - (Telegram sends it back with every update)");
        }
        if (webhookUrl == null || !"https".equalsIgnoreCase(webhookUrl.getScheme()) || webhookUrl.getHost() == null) {
            throw new IllegalStateException("RELAIS_TELEGRAM_MODE=webhook needs RELAIS_TELEGRAM_WEBHOOK_URL, the public"
                    + " https address of /telegram/webhook (Telegram only posts to https), got " + webhookUrl);
        }
    }

    /** The base of every Bot API call, without a trailing slash. */
    String apiBase() {
        String base = apiUrl.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public String toString() {
        // The token is a credential: never in a log line or an error message.
        return "TelegramProperties[token=" + (enabled() ? "***" : "absent") + ", apiUrl=" + apiUrl
                + ", mode=" + mode + ", webhookSecret=" + (webhookSecret == null ? "absent" : "***")
                + ", webhookUrl=" + webhookUrl + ", agentsChatId=" + agentsChatId + "]";
    }
}
