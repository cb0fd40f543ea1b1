/**
 * How the application logs: plain text for a terminal, or one JSON object per line for a log
 * collector ({@code RELAIS_LOG_FORMAT}). Logs name conversations by key and events by kind; what
 * users wrote never reaches them.
 */
package app.relais.bot.logging;
