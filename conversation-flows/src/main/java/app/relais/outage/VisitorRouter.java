package app.relais.outage;

import app.relais.catalog.Catalog;
import app.relais.catalog.Problem;
import app.relais.catalog.StrictYaml;
import app.relais.i18n.Messages;
import app.relais.triage.TextAnalysis;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Tells apart, from a visitor's first words, a question for the business (its FAQ, then a human),
 * a request for a person, and a problem with the visitor's own account on a platform (the
 * support-request flow). A naive Bayes classifier over both catalogs, trained at start and again
 * at each FAQ edit: the problem catalog's examples, the FAQ's questions and variants, and
 * {@code outage/routing.yml}. It reads the triage's features of every word, stop words included:
 * who is addressed tells most ("vous livrez", "votre page" against "mon compte", "my account").
 * An FAQ entry that answers well settles it for the business; otherwise a route needs
 * {@link #SURE} of the probability, and below that the visitor is asked.
 */
public final class VisitorRouter {

    public enum Route {
        BUSINESS, PLATFORM, HUMAN, UNSURE
    }

    /**
     * The route and the probability of each side; {@code said} is false when the words are only a
     * greeting or politeness ("bonjour", "hi"): there is no question to pass on yet.
     */
    public record Decision(Route route, Map<Route, Double> probabilities, boolean said) {
    }

    static final String RESOURCE = "outage/routing.yml";
    /** Share of the probability one side needs to be taken without asking. */
    static final double SURE = 0.75;
    /**
     * Opening a ticket at once needs more: "je veux..." is how people ask for a person, and for
     * many other things ("et si je veux rendre un truc ?").
     */
    static final double SURE_HUMAN = 0.95;
    /** An FAQ answer this close needs no classifier. */
    static final double FAQ_SURE = 0.45;
    static final double SMOOTHING = 0.05;
    static final double TEMPERATURE = 4.0;
    /**
     * The catalog's Messenger outage: "Messenger ne marche plus". During the business's incident
     * that is a customer who cannot reach the business (its side); otherwise the support
     * assistant's advice on an outage. Learnt as a side of its own and counted with one or the
     * other.
     */
    private static final String MESSENGER_DOWN = "messenger/outage";
    private static final List<Route> SIDES = List.of(Route.BUSINESS, Route.PLATFORM, Route.HUMAN);
    private static final int CLASSES = SIDES.size() + 1;
    private static final int REACHING = SIDES.size();
    private record File(@JsonProperty(required = true) Examples business, @JsonProperty(required = true) Examples human,
                        @JsonProperty(required = true) Examples polite) {
    }

    private record Examples(@JsonProperty(required = true) List<String> fr, @JsonProperty(required = true) List<String> en) {
        List<String> all() {
            return Stream.concat(fr.stream(), en.stream()).toList();
        }
    }

    private record Model(Map<String, double[]> logLikelihood) {
    }

    private final TextAnalysis analysis = new TextAnalysis();
    private final List<String> platformTexts = new ArrayList<>();
    private final List<String> messengerDownTexts = new ArrayList<>();
    private final List<String> businessTexts;
    private final List<String> humanTexts;
    /** Politeness says nothing about the side: "svp" must not make "annulation svp" a request for a person. */
    private final java.util.Set<String> polite;
    private final Faq faq;
    private volatile Model model;

    public VisitorRouter(Catalog catalog, Faq faq) {
        this.faq = faq;
        for (Problem problem : catalog.problems()) {
            List<String> texts = problem.fullId().equals(MESSENGER_DOWN) ? messengerDownTexts : platformTexts;
            texts.addAll(problem.examples().fr());
            texts.addAll(problem.examples().en());
            texts.add(problem.label().fr());
            texts.add(problem.label().en());
        }
        File file = StrictYaml.read(VisitorRouter.class.getClassLoader(), RESOURCE, File.class);
        this.polite = file.polite().all().stream().flatMap(words -> analysis.everyWord(words).stream())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.businessTexts = file.business().all();
        List<String> human = new ArrayList<>(file.human().all());
        for (String language : List.of("fr", "en")) {
            human.addAll(List.of(Messages.of(language).get("handoff.triggers").split("\\|")));
        }
        this.humanTexts = List.copyOf(human);
        learn();
        faq.onChange(f -> learn());
    }

    /** Where a visitor's first words should go; {@code incidentOpen} says which FAQ entries are offered now. */
    public Decision route(String text, boolean incidentOpen) {
        Map<Route, Double> p = probabilities(text, incidentOpen);
        Route best = SIDES.stream().max(java.util.Comparator.comparingDouble(p::get)).orElseThrow();
        boolean said = knows(text);
        if (best == Route.PLATFORM && p.get(best) >= SURE || best == Route.HUMAN && p.get(best) >= SURE_HUMAN) {
            return new Decision(best, p, said);
        }
        if (p.get(Route.BUSINESS) >= SURE || faq.match(text, incidentOpen).filter(m -> m.score() >= FAQ_SURE).isPresent()) {
            return new Decision(Route.BUSINESS, p, said);
        }
        return new Decision(Route.UNSURE, p, said);
    }

    /** Whether the words say more than a greeting or a thank-you. */
    private boolean knows(String text) {
        return !features(text).isEmpty();
    }

    private Map<Route, Double> probabilities(String text, boolean incidentOpen) {
        Model m = model;
        double[] scores = new double[CLASSES];
        boolean known = false;
        for (Map.Entry<String, Double> f : features(text).entrySet()) {
            double[] logs = m.logLikelihood().get(f.getKey());
            if (logs != null) {
                known = true;
                for (int c = 0; c < scores.length; c++) {
                    scores[c] += f.getValue() * logs[c];
                }
            }
        }
        Map<Route, Double> p = new EnumMap<>(Route.class);
        if (!known) {
            SIDES.forEach(s -> p.put(s, 1.0 / SIDES.size()));
            return p;
        }
        double max = java.util.Arrays.stream(scores).max().orElse(0);
        double sum = 0;
        double[] exp = new double[scores.length];
        for (int c = 0; c < scores.length; c++) {
            exp[c] = Math.exp((scores[c] - max) / TEMPERATURE);
            sum += exp[c];
        }
        for (int c = 0; c < SIDES.size(); c++) {
            p.put(SIDES.get(c), exp[c] / sum);
        }
        p.merge(incidentOpen ? Route.BUSINESS : Route.PLATFORM, exp[REACHING] / sum, Double::sum);
        return p;
    }

    /** Trains again on the FAQ in force (at start and after each edit). */
    private void learn() {
        List<String> business = new ArrayList<>(businessTexts);
        for (FaqEntry entry : faq.entries()) {
            business.addAll(entry.examples().all());
            business.add(entry.question().fr());
            business.add(entry.question().en());
        }
        List<List<String>> byClass = List.of(business, platformTexts, humanTexts, messengerDownTexts);
        Map<String, double[]> counts = new HashMap<>();
        double[] totals = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            for (String text : byClass.get(c)) {
                for (Map.Entry<String, Double> f : features(text).entrySet()) {
                    counts.computeIfAbsent(f.getKey(), k -> new double[CLASSES])[c] += f.getValue();
                    totals[c] += f.getValue();
                }
            }
        }
        int vocabulary = counts.size();
        Map<String, double[]> logs = new HashMap<>();
        counts.forEach((feature, n) -> {
            double[] l = new double[CLASSES];
            for (int c = 0; c < l.length; c++) {
                l[c] = Math.log((n[c] + SMOOTHING) / (totals[c] + SMOOTHING * vocabulary));
            }
            logs.put(feature, l);
        });
        this.model = new Model(logs);
    }

    private Map<String, Double> features(String text) {
        List<String> words = new ArrayList<>(analysis.everyWord(text == null ? "" : text));
        words.removeIf(polite::contains);
        return TextAnalysis.features(words);
    }
}
