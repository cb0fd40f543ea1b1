package app.relais.offscript;

/**
 * Prints the off-script recognizer's accuracy on the evaluation set. From the repository root:
 * <pre>
 * mvn -q -pl conversation-flows test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=app.relais.offscript.OffScriptReport
 * </pre>
 * With arguments, reads them instead: the first is what the question waits for (choice, value,
 * free-text), each next one a message ({@code -Dexec.args="value 'je sais pas'"}).
 */
public final class OffScriptReport {

    private OffScriptReport() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Recognizer recognizer = new Recognizer(Intents.load());
        long built = System.nanoTime();
        if (args.length > 1) {
            Awaiting awaiting = Awaiting.valueOf(args[0].replace('-', '_').toUpperCase(java.util.Locale.ROOT));
            for (int i = 1; i < args.length; i++) {
                var nearest = recognizer.nearest(args[i], awaiting);
                System.out.printf("%s -> %s (nearest %s, %.2f)%n", args[i],
                        recognizer.read(args[i], awaiting).map(r -> r.intent().id()).orElse("none"),
                        nearest.map(r -> r.intent().id()).orElse("-"), nearest.map(Recognizer.Recognition::score).orElse(0.0));
            }
            return;
        }
        System.out.print(OffScriptEvaluation.run(recognizer, OffScriptEvaluation.load()).describe());
        System.out.printf("intents load + index: %d ms (first run in a cold JVM)%n", (built - start) / 1_000_000);
    }
}
