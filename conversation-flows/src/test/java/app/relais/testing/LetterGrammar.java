package app.relais.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.ResultCache;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool over the letters Relais writes (fr-FR, en-GB: dates are written day first), loaded
 * once per test JVM because it takes seconds to start. An email is line-oriented, so every line
 * break ends a paragraph (a list item, a signature line), as a mail reader shows it. Sentences
 * already checked are answered from a cache: the letters of different problems share most of
 * theirs. A match is a failure unless {@code languagetool/allowlist.tsv} names it, with why.
 *
 * <p>Needs {@code org.languagetool:language-fr} and {@code language-en} on the class path
 * (conversation-flows, test scope); other modules that reuse the test jar never load this class.
 */
public final class LetterGrammar {

    private static final String ALLOWLIST = "/languagetool/allowlist.tsv";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final AtomicLong CHECK_NANOS = new AtomicLong();
    private static final AtomicLong CHECK_CPU_NANOS = new AtomicLong();
    private static final AtomicLong CHECKS = new AtomicLong();
    private static volatile LetterGrammar instance;

    private final Map<String, JLanguageTool> tools;
    private final List<Allowed> allowed;
    private final long loadMillis;
    private final long loadCpuMillis;

    /** One allowed match: its language, rule and matched text (a regular expression), and why. */
    record Allowed(String language, String rule, Pattern text, String why) {
    }

    /** A match LanguageTool found, with the line it is on, for a readable failure. */
    public record Finding(String rule, String matched, String message, List<String> suggestions, String line) {
        @Override
        public String toString() {
            return rule + " [" + matched + "] " + message + " " + suggestions + "\n      in: " + line;
        }
    }

    private LetterGrammar() {
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        ResultCache cache = new ResultCache(50_000);
        this.tools = Map.of("fr", tool("fr-FR", cache), "en", tool("en-GB", cache));
        this.allowed = readAllowlist();
        this.loadMillis = (System.nanoTime() - start) / 1_000_000;
        this.loadCpuMillis = (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000;
    }

    public static LetterGrammar get() {
        if (instance == null) {
            synchronized (LetterGrammar.class) {
                if (instance == null) {
                    instance = new LetterGrammar();
                }
            }
        }
        return instance;
    }

    /** What LanguageTool finds in {@code text} ("fr" or "en") beyond the allowlist. */
    public List<Finding> check(String text, String language) {
        JLanguageTool tool = tools.get(language);
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        List<RuleMatch> matches;
        synchronized (tool) {
            try {
                matches = tool.check(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        CHECK_NANOS.addAndGet(System.nanoTime() - start);
        CHECK_CPU_NANOS.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
        CHECKS.incrementAndGet();
        List<Finding> findings = new ArrayList<>();
        for (RuleMatch match : matches) {
            String matched = text.substring(match.getFromPos(), match.getToPos());
            String rule = match.getRule().getId();
            if (allowed.stream().noneMatch(a -> a.language().equals(language) && a.rule().equals(rule)
                    && a.text().matcher(matched).matches())) {
                findings.add(new Finding(rule, matched, match.getMessage(), match.getSuggestedReplacements().stream()
                        .limit(3).toList(), lineAround(text, match.getFromPos())));
            }
        }
        return findings;
    }

    /** Fails with every finding and the whole text when LanguageTool finds anything. */
    public void assertClean(String text, String language, String what) {
        List<Finding> findings = check(text, language);
        if (!findings.isEmpty()) {
            StringBuilder failure = new StringBuilder("LanguageTool (" + language + ") on " + what + ":");
            findings.forEach(f -> failure.append("\n  - ").append(f));
            failure.append("\n--- text ---\n").append(text);
            throw new AssertionError(failure.toString());
        }
    }

    /** How long loading and checking took, wall clock and CPU (a busy machine inflates the first), for the test log. */
    public String timing() {
        return "LanguageTool loaded in " + loadMillis + " ms (CPU " + loadCpuMillis + " ms); " + CHECKS.get()
                + " checks took " + CHECK_NANOS.get() / 1_000_000 + " ms (CPU " + CHECK_CPU_NANOS.get() / 1_000_000 + " ms)";
    }

    private static JLanguageTool tool(String code, ResultCache cache) {
        JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode(code), null, cache);
        tool.getLanguage().getSentenceTokenizer().setSingleLineBreaksMarksParagraph(true);
        return tool;
    }

    private static String lineAround(String text, int at) {
        int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static List<Allowed> readAllowlist() {
        try (InputStream in = LetterGrammar.class.getResourceAsStream(ALLOWLIST)) {
            if (in == null) {
                throw new IllegalStateException("no " + ALLOWLIST + " on the test class path");
            }
            List<Allowed> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 4 || fields[3].isBlank()) {
                    throw new IllegalStateException(ALLOWLIST + ": each entry is language, rule, text, why: " + line);
                }
                entries.add(new Allowed(fields[0], fields[1], Pattern.compile(fields[2]), fields[3]));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
