package app.relais.crisis;

/** The stages of the crisis kit, in order. */
public enum CrisisState {
    CHECKLIST, SERVICES, ANNOUNCEMENTS, TIMELINE
}
