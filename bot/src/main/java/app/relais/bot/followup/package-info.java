/**
 * Follow-up reminders in the running application: the reminder store bean (in memory until the
 * durable one replaces it), the channels' gateways handed to the engine, and the poller that
 * fires due reminders every 30 seconds.
 */
package app.relais.bot.followup;
