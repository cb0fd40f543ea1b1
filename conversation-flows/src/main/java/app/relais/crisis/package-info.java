/**
 * The community manager's crisis kit ({@code crisis-kit} flow): confirm the outage, see what it
 * affects, copy the announcements, and follow the action timeline with reminders as each step
 * falls due ({@link app.relais.crisis.TimelineScheduler}).
 */
package app.relais.crisis;
