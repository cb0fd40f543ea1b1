package app.relais.bot.audit;

import java.time.Instant;

/**
 * One line of the audit log. {@code action} is a key the desk translates ({@code ticket.reply},
 * {@code account.disable}..., or {@code http} for a request with nothing more specific);
 * {@code request} is the admin API call that did it ({@code POST /api/admin/...}) and
 * {@code outcome} its HTTP status, both null for what happened elsewhere (the Telegram group).
 */
public record AuditEntry(long id, Instant at, Actor actor, String action, String target, String detail,
                         String request, Integer outcome) {
}
