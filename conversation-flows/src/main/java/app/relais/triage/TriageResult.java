package app.relais.triage;

import java.util.List;

/**
 * The best problem (null when nothing fits), its confidence in [0, 1], the next candidates best
 * first, and the platform when the text names or implies one even if the problem is unclear.
 */
public record TriageResult(String problem, double confidence, List<Candidate> candidates, String platform) {

    public record Candidate(String problem, double confidence) {
    }

    public TriageResult {
        candidates = List.copyOf(candidates);
    }

    public static TriageResult nothing() {
        return new TriageResult(null, 0, List.of(), null);
    }
}
