/**
 * The admin side of outage mode and hand-off: the bearer-token-protected {@code /api/admin/**}
 * (incidents, agent inbox, canned responses) with its small page {@code /admin/index.html}, the
 * public status page {@code /status} and {@code /api/status}, and the periodic checks (update
 * cadence, unanswered tickets, crisis-kit reminders).
 */
package app.relais.bot.admin;
