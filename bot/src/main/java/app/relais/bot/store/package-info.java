/**
 * Durable state: conversations, files and Telegram update ids in a relational database (embedded
 * H2 by default, PostgreSQL for several instances), schema by Flyway, hot snapshots in Caffeine in
 * front, every transition written through before the reply leaves.
 */
package app.relais.bot.store;
