/**
 * The business's side of Relais, during a Messenger outage or not: the business profile
 * ({@link app.relais.outage.BusinessProfiles}), its channels and their incidents
 * ({@link app.relais.outage.OutageBoard}), the banner pushed to live sessions, the business FAQ
 * matched from free text ({@link app.relais.outage.Faq}, edited with
 * {@link app.relais.outage.FaqEditor}), the routing of a visitor's first words between the
 * business and the support assistant ({@link app.relais.outage.FirstWords},
 * {@link app.relais.outage.VisitorRouter}), the {@code outage-fallback} flow that gives customers
 * the news, answers and a way to reach a human, and the incident reports
 * ({@link app.relais.outage.IncidentReports}).
 */
package app.relais.outage;
