/**
 * Reminders by email in the running application: SMTP from Spring Boot's {@code spring.mail.*}
 * settings plus {@code RELAIS_MAIL_FROM} and {@code RELAIS_PUBLIC_URL}, decided at run time (no
 * bean condition: the packaged context is processed ahead of time); the one-click unsubscribe page
 * every email links to (RFC 8058); the poller that sends the emails due.
 */
package app.relais.bot.mail;
