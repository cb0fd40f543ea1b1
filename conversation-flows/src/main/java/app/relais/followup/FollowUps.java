package app.relais.followup;

import app.relais.email.EmailOffer;

/**
 * What the FOLLOW_UP stage works with: reminders, the follow-up draft, the calendar file, and how
 * a reminder reaches a person whose channel cannot write to them later ({@code offer}).
 */
public record FollowUps(ReminderService reminders, FollowUpDraft drafts, CalendarFile calendar, EmailOffer offer) {
}
