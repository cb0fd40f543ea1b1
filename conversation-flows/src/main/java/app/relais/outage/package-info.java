/**
 * Outage mode for a business whose usual channel (Messenger...) is down: the business's channels
 * and their incidents ({@link app.relais.outage.OutageBoard}), the banner pushed to live sessions,
 * the business FAQ matched from free text, and the {@code outage-fallback} flow that gives
 * customers the news, answers and a way to reach a human.
 */
package app.relais.outage;
