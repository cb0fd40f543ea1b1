package app.relais.crisis;

/** What moves the crisis kit from one stage to another. */
public enum CrisisEvent {
    NEXT, BACK
}
