package app.relais.outage;

import app.relais.catalog.CatalogLoader;

/**
 * Prints the FAQ's accuracy and the routing of first words on the evaluation set. From the
 * repository root:
 * <pre>
 * mvn -q -pl conversation-flows test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=app.relais.outage.FaqReport
 * </pre>
 */
public final class FaqReport {

    private FaqReport() {
    }

    public static void main(String[] args) {
        System.out.print(FaqEvaluation.run(new CatalogLoader().load()).describe());
    }
}
