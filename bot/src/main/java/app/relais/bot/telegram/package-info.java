/**
 * The Telegram channel: {@link app.relais.bot.telegram.InboundMapper} turns Bot API updates into
 * engine events, {@link app.relais.bot.telegram.ReplyRenderer} turns replies into messages with
 * inline keyboards, {@link app.relais.bot.telegram.LongPollingTransport} fetches updates with
 * telegrambots long polling (or {@link app.relais.bot.telegram.TelegramWebhookController} receives
 * them in webhook mode), {@link app.relais.bot.channel.Inbox} stores each before it is
 * handled, {@link app.relais.bot.channel.SendLimiter} keeps sends within Telegram's rates and
 * {@link app.relais.bot.telegram.TelegramSender} sends in order, retrying 429s, 5xx and network
 * failures. {@link app.relais.bot.telegram.TelegramAdapter} assembles them in plain Java;
 * {@link app.relais.bot.telegram.TelegramConfiguration} turns it on when a token is configured.
 *
 * <p>The library's verified traps and where each is guarded: an exception escaping the updates
 * consumer stops polling forever ({@link app.relais.bot.telegram.UpdateConsumer} catches per
 * update); the offset is confirmed before the consumer runs ({@link
 * app.relais.bot.telegram.UpdateConsumer} stores each update in the inbox before returning, and
 * the inbox's key skips redelivered ids); the default back-off grows to
 * 15 minutes ({@link app.relais.bot.telegram.CappedBackOff}); {@code downloadFile} ignores the
 * custom API URL ({@link app.relais.bot.telegram.TelegramFiles} builds the file URL itself);
 * {@code close()} leaves the poller's non-daemon thread ({@link
 * app.relais.bot.telegram.LongPollingTransport} owns a daemon executor and shuts it down); the
 * client never retries a 429 ({@link app.relais.bot.telegram.TelegramSender}).
 */
package app.relais.bot.telegram;
