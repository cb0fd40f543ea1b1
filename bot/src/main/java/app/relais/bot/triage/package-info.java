/** {@code GET /api/triage}: the triage over HTTP, for websites that route visitors before a chat starts. */
package app.relais.bot.triage;
