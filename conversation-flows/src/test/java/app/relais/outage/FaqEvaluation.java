package app.relais.outage;

import app.relais.catalog.Catalog;
import app.relais.testing.LabeledSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Measures the FAQ matcher and the visitor router against the labeled set
 * {@code faq/evaluation.tsv}: FAQ top-1 accuracy on the questions an entry answers (all entries
 * active, as during an incident), how often a question no entry answers is left unanswered
 * rather than answered wrong, and where the router sends each line (business, platform, human,
 * or asks). {@link FaqAccuracyTest} holds the floors; {@link FaqReport} prints the figures.
 */
final class FaqEvaluation {

    static final String RESOURCE = "/faq/evaluation.tsv";
    static final String NONE = "none";
    static final String PLATFORM = "platform";
    static final String HUMAN = "human";

    record Line(String label, Locale locale, String text) {
        boolean answeredByFaq() {
            return !label.equals(NONE) && !label.equals(PLATFORM) && !label.equals(HUMAN);
        }

        VisitorRouter.Route expectedRoute() {
            return switch (label) {
                case PLATFORM -> VisitorRouter.Route.PLATFORM;
                case HUMAN -> VisitorRouter.Route.HUMAN;
                default -> VisitorRouter.Route.BUSINESS;
            };
        }
    }

    record Outcome(Line line, String matched, double score, String top, VisitorRouter.Route route,
                   java.util.Map<VisitorRouter.Route, Double> probabilities) {
        boolean top1() {
            return line.label().equals(matched);
        }
    }

    record Report(List<Outcome> outcomes) {
        List<Outcome> faqLines() {
            return outcomes.stream().filter(o -> o.line().answeredByFaq()).toList();
        }

        List<Outcome> noneLines() {
            return outcomes.stream().filter(o -> o.line().label().equals(NONE)).toList();
        }

        double top1() {
            return LabeledSet.share(faqLines(), Outcome::top1);
        }

        /** Questions no entry answers that got no answer (rather than a wrong one). */
        double rejected() {
            return LabeledSet.share(noneLines(), o -> o.matched() == null);
        }

        /** Lines routed where they belong, without asking. */
        double routedRight() {
            return LabeledSet.share(outcomes, o -> o.route() == o.line().expectedRoute());
        }

        /** Lines routed to the wrong side without asking (asking is a cost, a wrong side is worse). */
        double routedWrong() {
            return LabeledSet.share(outcomes,
                    o -> o.route() != VisitorRouter.Route.UNSURE && o.route() != o.line().expectedRoute());
        }

        double asked() {
            return LabeledSet.share(outcomes, o -> o.route() == VisitorRouter.Route.UNSURE);
        }

        String describe() {
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "lines: %d (FAQ questions: %d, unanswerable: %d)%n",
                    outcomes.size(), faqLines().size(), noneLines().size()));
            text.append(String.format(Locale.ROOT, "FAQ top-1 accuracy: %.1f%%%n", top1() * 100));
            text.append(String.format(Locale.ROOT, "unanswerable questions left unanswered: %.1f%%%n", rejected() * 100));
            text.append(String.format(Locale.ROOT, "first words routed right: %.1f%%, asked: %.1f%%, routed wrong: %.1f%%%n",
                    routedRight() * 100, asked() * 100, routedWrong() * 100));
            text.append("FAQ misreads (expected -> answered with):\n");
            outcomes.stream().filter(o -> o.line().answeredByFaq() && !o.top1()).forEach(o -> text.append(String.format(
                    Locale.ROOT, "  [%s] %s%n      expected %s, got %s (%.2f), closest %s%n", o.line().locale().getLanguage(),
                    o.line().text(), o.line().label(), o.matched(), o.score(), o.top())));
            outcomes.stream().filter(o -> o.line().label().equals(NONE) && o.matched() != null).forEach(o -> text.append(
                    String.format(Locale.ROOT, "  [%s] %s%n      expected no answer, got %s (%.2f)%n",
                            o.line().locale().getLanguage(), o.line().text(), o.matched(), o.score())));
            text.append("routing (expected -> routed), lines not routed where they belong:\n");
            LabeledSet.print(LabeledSet.count(outcomes.stream().filter(o -> o.route() != o.line().expectedRoute())
                    .map(o -> o.line().expectedRoute() + " -> " + o.route())), text);
            outcomes.stream().filter(o -> o.route() != o.line().expectedRoute()).forEach(o -> text.append(String.format(
                    Locale.ROOT, "  [%s] %s%n      expected %s, got %s %s%n", o.line().locale().getLanguage(), o.line().text(),
                    o.line().expectedRoute(), o.route(), rounded(o.probabilities()))));
            return text.toString();
        }
    }

    private static String rounded(Map<VisitorRouter.Route, Double> p) {
        return p.entrySet().stream().map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " "
                + String.format(Locale.ROOT, "%.2f", e.getValue())).collect(Collectors.joining(", ", "(", ")"));
    }

    static List<Line> load() {
        return LabeledSet.read(RESOURCE, 3).stream()
                .map(cells -> new Line(cells[0], Locale.forLanguageTag(cells[1]), cells[2])).toList();
    }

    static Report run(Faq faq, VisitorRouter router, List<Line> lines) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Line line : lines) {
            var match = faq.match(line.text(), true);
            List<Faq.Match> ranked = faq.rank(line.text());
            VisitorRouter.Decision decision = router.route(line.text(), true);
            outcomes.add(new Outcome(line, match.map(m -> m.entry().id()).orElse(null),
                    ranked.isEmpty() ? 0 : ranked.get(0).score(), ranked.isEmpty() ? null : ranked.get(0).entry().id(),
                    decision.route(), decision.probabilities()));
        }
        return new Report(outcomes);
    }

    static Report run(Catalog catalog) {
        Faq faq = Faq.load();
        return run(faq, new VisitorRouter(catalog, faq), load());
    }

    private FaqEvaluation() {
    }
}
