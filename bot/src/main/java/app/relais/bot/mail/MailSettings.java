package app.relais.bot.mail;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What reminder emails need besides the SMTP server ({@code spring.mail.*}).
 *
 * @param mail      {@code mail.from}: the sender address of reminders ({@code RELAIS_MAIL_FROM}),
 *                  e.g. {@code Relais <relais@example.org>}
 * @param publicUrl the address people reach this server at ({@code RELAIS_PUBLIC_URL}), e.g.
 *                  {@code https://relais.example.org}: the unsubscribe link of every email starts with it
 */
@ConfigurationProperties("relais")
public record MailSettings(Mail mail, URI publicUrl) {

    public record Mail(String from) {
    }

    String from() {
        return mail == null ? null : mail.from();
    }

    /** An absolute http(s) address; anything else cannot start a link in an email. */
    boolean hasPublicUrl() {
        return publicUrl != null && publicUrl.isAbsolute() && publicUrl.getHost() != null
                && ("https".equals(publicUrl.getScheme()) || "http".equals(publicUrl.getScheme()));
    }
}
