package app.relais.crisis;

/** The stages of the crisis kit, in order. */
public enum CrisisState {
    CHECKLIST, DECLARE, SERVICES, ANNOUNCEMENTS, TIMELINE
}
