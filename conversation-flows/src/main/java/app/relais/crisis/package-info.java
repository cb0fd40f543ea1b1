/**
 * The community manager's crisis kit ({@code crisis-kit} flow): confirm the outage, declare it in
 * Relais so customers see it, see what it affects, copy announcements filled from the business
 * profile, and follow an action timeline that knows what was done, with reminders for each step
 * still to come ({@link app.relais.crisis.TimelineScheduler}).
 */
package app.relais.crisis;
