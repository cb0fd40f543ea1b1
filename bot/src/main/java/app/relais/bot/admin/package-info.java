/**
 * The admin side of outage mode: incidents over {@code /api/admin/incidents} (behind the security
 * chain of {@code app.relais.bot.accounts}), the public status page {@code /status} and
 * {@code /api/status}, and the periodic checks (update cadence, unanswered tickets, crisis-kit
 * reminders). The agents' conversations are the desk's ({@code app.relais.bot.desk}).
 */
package app.relais.bot.admin;
