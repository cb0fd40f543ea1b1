package app.relais.followup;

/** What the FOLLOW_UP stage works with: reminders, the follow-up draft and the calendar file. */
public record FollowUps(ReminderService reminders, FollowUpDraft drafts, CalendarFile calendar) {
}
