package app.relais.outage;

/** What moves the outage-fallback flow from one stage to another. */
public enum OutageEvent {
    ASK, WRITE, REQUEST_OPENED, NEWS, BACK
}
