/**
 * {@code /continue}: on any channel, a link that opens the web chat once, within 30 minutes, on a
 * copy of the conversation ({@link app.relais.bot.continuation.ContinueHook},
 * {@link app.relais.bot.continuation.ContinuationLinks}), redeemed by the web chat's {@code hello}
 * ({@link app.relais.bot.continuation.WebHandover}, {@link app.relais.bot.continuation.ConversationCopy}).
 */
package app.relais.bot.continuation;
