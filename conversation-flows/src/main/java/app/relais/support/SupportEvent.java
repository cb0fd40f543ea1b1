package app.relais.support;

/** What moves the support-request flow from one stage to another. */
public enum SupportEvent {
    PROBLEM_CONFIRMED, DOSSIER_STARTED, EVIDENCE_DONE, FACTS_DONE, IMPACT_DONE, OUTCOME_DONE,
    SIGNED, DRAFT_APPROVED, REQUEST_SENT, BACK
}
