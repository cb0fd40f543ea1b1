package app.relais.triage;

import app.relais.catalog.CatalogLoader;

/**
 * Prints the triage's accuracy on the evaluation set. From the repository root:
 * <pre>
 * mvn -q -pl conversation-flows test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=app.relais.triage.TriageReport
 * </pre>
 */
public final class TriageReport {

    private TriageReport() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Triage triage = new NaiveBayesTriage(new CatalogLoader().load());
        long trained = System.nanoTime();
        TriageEvaluation.Report report = TriageEvaluation.run(triage, TriageEvaluation.load());
        System.out.print(report.describe());
        System.out.printf("catalog load + training: %d ms (first run in a cold JVM; see benchmarks/ for the measured figures)%n",
                (trained - start) / 1_000_000);
    }
}
