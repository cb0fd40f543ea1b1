/**
 * What happens after the request is sent: a reminder seven days later (configurable) pushed
 * through the conversation's channel exactly once even with several instances
 * ({@link app.relais.followup.ReminderStore} claims), an {@code .ics} calendar event for the
 * user's own agenda, and the follow-up draft with the catalog's fallbacks.
 */
package app.relais.followup;
