package app.relais.triage;

import app.relais.catalog.Catalog;
import app.relais.catalog.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A multinomial naive Bayes classifier over the catalog's problems, trained when it is built from
 * each problem's examples and labels (French and English), without any network.
 *
 * <p>Features come from {@link TextAnalysis} (Lucene): the French and English stems of each word,
 * pairs of neighbouring stems, and character n-grams of the folded word for typos and SMS spelling.
 * Platform names are taken out of the features and handled apart ({@link PlatformNames}): a named
 * platform makes its problems far likelier, and when none is named the platform is inferred from
 * where the probability goes ("mon numéro est banni" can only be WhatsApp), or left open when the
 * problem exists on several platforms ("mon compte a été piraté").
 */
public final class NaiveBayesTriage implements Triage {

    /** Additive smoothing of the word counts. */
    static final double SMOOTHING = 0.05;
    /** How much less likely a problem of a platform the text does not name is: people name the platform they mean. */
    static final double OTHER_PLATFORM = Math.log(1e-6);
    /** Naive Bayes scores are overconfident; dividing them spreads the probabilities to usable confidences. */
    static final double TEMPERATURE = 3.0;
    /** Below this, nothing fits well enough to be called the problem. */
    static final double NOTHING_BELOW = 0.15;
    /** Share of the probability one platform needs to be taken as the platform meant. */
    static final double PLATFORM_SURE = 0.7;
    static final int CANDIDATES = 4;

    private final List<Problem> problems;
    private final Map<String, double[]> logLikelihood = new HashMap<>();
    private final TextAnalysis analysis = new TextAnalysis();
    private final PlatformNames names;

    public NaiveBayesTriage(Catalog catalog) {
        this.problems = catalog.problems();
        List<List<String>> examples = new ArrayList<>();
        Set<String> knownWords = new HashSet<>();
        for (Problem problem : problems) {
            List<String> texts = new ArrayList<>(problem.examples().fr());
            texts.addAll(problem.examples().en());
            texts.add(problem.label().fr());
            texts.add(problem.label().en());
            examples.add(texts);
            texts.forEach(t -> knownWords.addAll(analysis.words(t)));
        }
        PlatformNames plain = new PlatformNames(catalog);
        knownWords.removeIf(w -> plain.exactly(w) != null);
        this.names = plain.knowing(knownWords);
        train(examples);
    }

    private void train(List<List<String>> examples) {
        int classes = problems.size();
        Map<String, double[]> counts = new HashMap<>();
        double[] totals = new double[classes];
        for (int c = 0; c < classes; c++) {
            for (String text : examples.get(c)) {
                for (Map.Entry<String, Double> f : TextAnalysis.features(names.find(analysis.words(text)).otherWords()).entrySet()) {
                    counts.computeIfAbsent(f.getKey(), k -> new double[classes])[c] += f.getValue();
                    totals[c] += f.getValue();
                }
            }
        }
        int vocabulary = counts.size();
        for (Map.Entry<String, double[]> e : counts.entrySet()) {
            double[] logs = new double[classes];
            for (int c = 0; c < classes; c++) {
                logs[c] = Math.log((e.getValue()[c] + SMOOTHING) / (totals[c] + SMOOTHING * vocabulary));
            }
            logLikelihood.put(e.getKey(), logs);
        }
    }

    @Override
    public TriageResult classify(String text, Locale locale, String platform) {
        PlatformNames.Named named = names.find(analysis.words(text == null ? "" : text));
        Map<String, Double> query = TextAnalysis.features(named.otherWords());
        Set<String> platforms = platform != null ? Set.of(platform) : named.platforms();
        double[] scores = new double[problems.size()];
        boolean known = false;
        for (Map.Entry<String, Double> f : query.entrySet()) {
            double[] logs = logLikelihood.get(f.getKey());
            if (logs != null) {
                known = true;
                for (int c = 0; c < scores.length; c++) {
                    scores[c] += f.getValue() * logs[c];
                }
            }
        }
        String namedPlatform = platforms.size() == 1 ? platforms.iterator().next() : null;
        if (!known) {
            return new TriageResult(null, 0, List.of(), namedPlatform);
        }
        for (int c = 0; c < scores.length; c++) {
            String on = problems.get(c).platform();
            if (platform != null && !on.equals(platform)) {
                scores[c] = Double.NEGATIVE_INFINITY;
            } else if (!platforms.isEmpty() && !platforms.contains(on)) {
                scores[c] += OTHER_PLATFORM * TEMPERATURE;
            }
        }
        double[] probabilities = softmax(scores);
        List<Integer> order = IntStream.range(0, probabilities.length).boxed()
                .sorted(Comparator.comparingDouble((Integer c) -> probabilities[c]).reversed()).toList();
        int best = order.get(0);
        List<TriageResult.Candidate> next = order.stream().skip(1).limit(CANDIDATES)
                .filter(c -> probabilities[c] >= 0.005)
                .map(c -> new TriageResult.Candidate(problems.get(c).fullId(), round(probabilities[c]))).toList();
        String inferred = namedPlatform != null ? namedPlatform : inferPlatform(probabilities, platforms, best);
        if (probabilities[best] < NOTHING_BELOW) {
            List<TriageResult.Candidate> all = new ArrayList<>();
            all.add(new TriageResult.Candidate(problems.get(best).fullId(), round(probabilities[best])));
            all.addAll(next);
            return new TriageResult(null, 0, all.subList(0, Math.min(all.size(), CANDIDATES)), inferred);
        }
        return new TriageResult(problems.get(best).fullId(), round(probabilities[best]), next, inferred);
    }

    /** The platform most of the probability is on, when it is clearly one. */
    private String inferPlatform(double[] probabilities, Set<String> named, int best) {
        Map<String, Double> byPlatform = new LinkedHashMap<>();
        for (int c = 0; c < probabilities.length; c++) {
            byPlatform.merge(problems.get(c).platform(), probabilities[c], Double::sum);
        }
        String top = problems.get(best).platform();
        if (named.contains(top) || byPlatform.get(top) >= PLATFORM_SURE) {
            return top;
        }
        return null;
    }

    private static double[] softmax(double[] scores) {
        double max = Arrays.stream(scores).max().orElse(0);
        double[] out = new double[scores.length];
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            out[c] = scores[c] == Double.NEGATIVE_INFINITY ? 0 : Math.exp((scores[c] - max) / TEMPERATURE);
            sum += out[c];
        }
        for (int c = 0; c < out.length; c++) {
            out[c] /= sum;
        }
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
