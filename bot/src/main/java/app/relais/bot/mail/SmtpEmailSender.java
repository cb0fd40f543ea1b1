package app.relais.bot.mail;

import app.relais.email.Email;
import app.relais.email.EmailSender;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Clock;
import java.util.Date;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends reminder emails through SMTP: plain text in UTF-8, in the person's language
 * ({@code Content-Language}), marked as automatic ({@code Auto-Submitted}, RFC 3834), with a
 * one-click unsubscribe (RFC 8058: {@code List-Unsubscribe} with the HTTPS address and
 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}; the relay must DKIM-sign both headers
 * for mailbox providers to show it).
 */
final class SmtpEmailSender implements EmailSender {

    static final String UNSUBSCRIBE_PATH = "/email/unsubscribe/";

    private final JavaMailSenderImpl smtp;
    private final InternetAddress from;
    private final String publicUrl;
    private final Clock clock;

    SmtpEmailSender(JavaMailSenderImpl smtp, String from, URI publicUrl, Clock clock) {
        this.smtp = smtp;
        this.clock = clock;
        try {
            this.from = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalStateException("RELAIS_MAIL_FROM is not an email address: " + from, e);
        }
        String base = publicUrl.toString();
        this.publicUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public String unsubscribeUrl(String token, String language) {
        return publicUrl + UNSUBSCRIBE_PATH + token + "?lang=" + language;
    }

    @Override
    public void send(Email email) {
        MimeMessage message = smtp.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(email.to());
            helper.setSubject(email.subject());
            helper.setText(email.text(), false);
            helper.setSentDate(Date.from(clock.instant()));
            message.setHeader("Content-Language", email.language());
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setHeader("List-Unsubscribe", "<" + email.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        } catch (MessagingException e) {
            throw new MailPreparationException("the reminder email could not be written", e);
        }
        smtp.send(message);
    }
}
