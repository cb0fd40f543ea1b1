/**
 * What every channel adapter shares: {@link app.relais.bot.channel.ChatLanes} (one person's work
 * in order, people in parallel), {@link app.relais.bot.channel.SendLimiter} behind a
 * {@link app.relais.bot.channel.SendGate} (a platform's rate limits as token buckets),
 * {@link app.relais.bot.channel.TextSplitter} (a platform's message length), and the injected
 * {@link app.relais.bot.channel.Sleeper} and {@link app.relais.bot.channel.Delays} that let tests
 * move time instead of waiting.
 */
package app.relais.bot.channel;
