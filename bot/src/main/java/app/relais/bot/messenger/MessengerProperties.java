package app.relais.bot.messenger;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Messenger channel's settings ({@code RELAIS_MESSENGER_*}).
 *
 * @param pageToken      the Page access token ({@code RELAIS_MESSENGER_PAGE_TOKEN}); absent or blank:
 *                       the channel stays off
 * @param appSecret      the Meta app's secret ({@code RELAIS_MESSENGER_APP_SECRET}); signs every webhook call
 * @param verifyToken    the word Meta sends back when the webhook is registered ({@code RELAIS_MESSENGER_VERIFY_TOKEN})
 * @param apiUrl         the Graph API ({@code RELAIS_MESSENGER_API_URL}): Meta's, or a test fake
 * @param apiVersion     the Graph API version ({@code RELAIS_MESSENGER_API_VERSION})
 * @param outageFailures failed sends that, being at least half of the sends in the window, declare
 *                       a Messenger incident ({@code RELAIS_MESSENGER_OUTAGE_FAILURES})
 * @param outageWindow   the sliding window they are counted in ({@code RELAIS_MESSENGER_OUTAGE_WINDOW})
 * @param recoveryAfter  how long sends must succeed before the incident ends ({@code RELAIS_MESSENGER_RECOVERY_AFTER})
 * @param orderWindow    how long a person's events wait for earlier ones Meta delivers late
 *                       ({@code RELAIS_MESSENGER_ORDER_WINDOW})
 * @param statusUrl      Meta's status data ({@code RELAIS_MESSENGER_STATUS_URL}, e.g.
 *                       {@code https://metastatus.com/data/orgs.json}); absent: no probe
 * @param statusOrg      the entry of that data that is Messenger ({@code RELAIS_MESSENGER_STATUS_ORG})
 * @param statusEvery    how often the probe reads it ({@code RELAIS_MESSENGER_STATUS_EVERY})
 */
@Validated
@ConfigurationProperties("relais.messenger")
public record MessengerProperties(
        String pageToken,
        String appSecret,
        String verifyToken,
        @NotNull @DefaultValue("https://graph.facebook.com") URI apiUrl,
        @NotNull @DefaultValue("v24.0") @Pattern(regexp = "^v[0-9]{1,3}\\.[0-9]{1,2}$",
                message = "must look like v24.0 (a Graph API version)") String apiVersion,
        @Min(1) @DefaultValue("5") int outageFailures,
        @NotNull @DefaultValue("2m") Duration outageWindow,
        @NotNull @DefaultValue("5m") Duration recoveryAfter,
        @NotNull @DefaultValue("1s") Duration orderWindow,
        URI statusUrl,
        @NotNull @DefaultValue("messenger") String statusOrg,
        @NotNull @DefaultValue("1m") Duration statusEvery) {

    public boolean enabled() {
        return pageToken != null && !pageToken.isBlank();
    }

    /** With a page token, the app secret and the verify token are required: the start stops naming each one missing. */
    void checkComplete() {
        List<String> missing = new ArrayList<>();
        if (appSecret == null || appSecret.isBlank()) {
            missing.add("RELAIS_MESSENGER_APP_SECRET (the app secret, in Meta for Developers under App settings >"
                    + " Basic: it signs every webhook call, which Relais checks)");
        }
        if (verifyToken == null || verifyToken.isBlank()) {
            missing.add("RELAIS_MESSENGER_VERIFY_TOKEN (a word of your choice, typed again as the \"Verify token\""
                    + " when you register https://YOUR-HOST/messenger/webhook in the app's Messenger settings)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("RELAIS_MESSENGER_PAGE_TOKEN is set, so Messenger is on, but it also needs "
                    + String.join(" and ", missing));
        }
        if (outageWindow.isZero() || outageWindow.isNegative() || recoveryAfter.isNegative() || orderWindow.isNegative()) {
            throw new IllegalStateException("RELAIS_MESSENGER_OUTAGE_WINDOW must be positive, RELAIS_MESSENGER_RECOVERY_AFTER"
                    + " and RELAIS_MESSENGER_ORDER_WINDOW zero or more");
        }
    }

    /** Where Send API calls go: {@code {api-url}/{version}}, without a trailing slash. */
    String graphBase() {
        String base = apiUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/" + apiVersion;
    }

    @Override
    public String toString() {
        // The token and the secret are credentials: never in a log line or an error message.
        return "MessengerProperties[pageToken=" + (enabled() ? "***" : "absent") + ", appSecret="
                + (appSecret == null ? "absent" : "***") + ", verifyToken=" + (verifyToken == null ? "absent" : "***")
                + ", apiUrl=" + apiUrl + ", apiVersion=" + apiVersion + ", outageFailures=" + outageFailures
                + ", outageWindow=" + outageWindow + ", recoveryAfter=" + recoveryAfter + ", orderWindow=" + orderWindow
                + ", statusUrl=" + statusUrl + ", statusOrg=" + statusOrg + ", statusEvery=" + statusEvery + "]";
    }
}
