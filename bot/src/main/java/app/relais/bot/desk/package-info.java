/**
 * The agent desk at {@code /admin/}: the live list of conversations handed to people (filters,
 * search, unread counts), each conversation whole (the customer's words and the bot's from the
 * first message, the dossier, the files, the draft, private notes), taking and handing over,
 * answers with the team's canned answers, closing back to the bot, exports. Changes reach every
 * signed-in agent at once over server-sent events, across instances through the cluster bus.
 * Pages are static ({@code static/admin/}), their sentences come from the desk bundle.
 */
package app.relais.bot.desk;
