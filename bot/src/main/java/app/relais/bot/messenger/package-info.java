/**
 * The Messenger channel: {@link app.relais.bot.messenger.MessengerWebhookController} takes Meta's
 * calls (the verify-token handshake, events signed over their raw bytes),
 * {@link app.relais.bot.messenger.WebhookEvents} keeps what a person did, the channels' inbox
 * stores it before Meta's 200, {@link app.relais.bot.messenger.EventOrder} puts each person's
 * events back in order, {@link app.relais.bot.messenger.InboundMapper} turns them into engine
 * events, {@link app.relais.bot.messenger.ReplyRenderer} turns replies into Send API messages
 * (quick replies, numbered lists, attachments), and {@link app.relais.bot.messenger.MessengerSender}
 * sends each person's replies from the conversation outbox, in order, within Messenger's windows, sorting Meta's errors
 * ({@link app.relais.bot.messenger.SendFailure}) and reporting each attempt to outage detection.
 * {@link app.relais.bot.messenger.MessengerAdapter} assembles them in plain Java;
 * {@link app.relais.bot.messenger.MessengerConfiguration} turns it on when a page token is set.
 */
package app.relais.bot.messenger;
