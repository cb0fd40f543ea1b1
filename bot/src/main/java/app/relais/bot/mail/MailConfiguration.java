package app.relais.bot.mail;

import app.relais.core.RelaisCore;
import app.relais.email.EmailSender;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Reminder emails, on or off from {@code SPRING_MAIL_HOST} when the application starts. Spring
 * Boot's own mail auto-configuration is excluded (application.yml): its condition would be frozen
 * when the build processes the context ahead of time, so the SMTP sender is built here, from the
 * same {@code spring.mail.*} settings, at run time.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
@EnableScheduling
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);
    /** JavaMail waits forever by default: a mail server that hangs must not hold the poller. */
    private static final Map<String, String> TIMEOUTS = Map.of("mail.smtp.connectiontimeout", "10000",
            "mail.smtp.timeout", "20000", "mail.smtp.writetimeout", "20000");

    @Bean
    EmailSender emailSender(MailProperties smtp, MailSettings settings, Clock clock) {
        if (smtp.getHost() == null || smtp.getHost().isBlank()) {
            log.info("Reminders by email are off (no SPRING_MAIL_HOST): web chat users are offered a calendar file only");
            return EmailSender.NONE;
        }
        if (settings.from() == null || settings.from().isBlank() || !settings.hasPublicUrl()) {
            throw new IllegalStateException("SPRING_MAIL_HOST is set, so reminders go out by email: set RELAIS_MAIL_FROM"
                    + " (their sender, e.g. \"Relais <relais@example.org>\") and RELAIS_PUBLIC_URL (this server's public"
                    + " address, e.g. https://relais.example.org, which every email's unsubscribe link starts with)");
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(smtp.getHost());
        if (smtp.getPort() != null) {
            sender.setPort(smtp.getPort());
        }
        sender.setUsername(smtp.getUsername());
        sender.setPassword(smtp.getPassword());
        sender.setProtocol(smtp.getProtocol());
        if (smtp.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(smtp.getDefaultEncoding().name());
        }
        Properties properties = new Properties();
        properties.putAll(TIMEOUTS);
        properties.putAll(smtp.getProperties());
        sender.setJavaMailProperties(properties);
        log.info("Reminders by email are on: SMTP {}:{}, from {}", smtp.getHost(), sender.getPort(), settings.from());
        return new SmtpEmailSender(sender, settings.from(), settings.publicUrl(), clock);
    }

    @Bean
    EmailReminderPoller emailReminderPoller(RelaisCore core) {
        return new EmailReminderPoller(core.emailReminders());
    }
}
