package app.relais.outage;

import app.relais.triage.TextAnalysis;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Builds an {@link IncidentReport} from the incident and the activity kept meanwhile. */
public final class IncidentReports {

    private static final int TOP = 20;

    private final OutageBoard board;
    private final ActivityLog activity;
    private final Faq faq;
    private final ZoneId defaultZone;
    private final Clock clock;

    public IncidentReports(OutageBoard board, ActivityLog activity, Faq faq, ZoneId defaultZone, Clock clock) {
        this.board = board;
        this.activity = activity;
        this.faq = faq;
        this.defaultZone = defaultZone;
        this.clock = clock;
    }

    public Optional<IncidentReport> of(String incidentId) {
        return board.find(incidentId).map(this::report);
    }

    private IncidentReport report(Incident incident) {
        Instant now = clock.instant();
        Instant to = incident.open() ? now : incident.closedAt();
        List<Activity> during = activity.between(incident.openedAt(), to.plusMillis(1));
        // A ticket opened during the incident may be answered after it ended: look up to now.
        List<Activity> answers = activity.between(incident.openedAt(), now.plusMillis(1)).stream()
                .filter(a -> a.kind() == Activity.Kind.FIRST_ANSWER).toList();
        Set<String> tickets = new HashSet<>();
        during.stream().filter(a -> a.kind() == Activity.Kind.HANDOFF).forEach(a -> tickets.add(a.ref()));
        List<Long> seconds = answers.stream().filter(a -> tickets.contains(a.ref()) && a.seconds() != null)
                .map(Activity::seconds).sorted().toList();
        IncidentReport.FirstAnswers first = new IncidentReport.FirstAnswers(seconds.size(),
                tickets.size() - seconds.size(), percentile(seconds, 50), percentile(seconds, 90));
        return new IncidentReport(incident.id(), incident.channel(), board.business().zoneOr(defaultZone),
                incident.openedAt(), to, incident.open(), IncidentReport.minutes(incident.openedAt(), to),
                counts(during, Activity.Kind.VISIT, true), counts(during, Activity.Kind.HANDOFF, false), first,
                questions(during), misses(during),
                during.stream().filter(a -> a.kind() == Activity.Kind.FAQ_MISS && a.detail() == null).count());
    }

    private static List<IncidentReport.Count> counts(List<Activity> during, Activity.Kind kind, boolean byRef) {
        Map<String, Long> by = new TreeMap<>();
        during.stream().filter(a -> a.kind() == kind)
                .forEach(a -> by.merge(a.channel() + "\n" + (byRef && a.ref() != null ? a.ref() : ""), 1L, Long::sum));
        List<IncidentReport.Count> counts = new ArrayList<>();
        by.forEach((key, n) -> {
            String[] parts = key.split("\n", -1);
            counts.add(new IncidentReport.Count(parts[0], parts[1].isEmpty() ? kind.name().toLowerCase(Locale.ROOT) : parts[1], n));
        });
        return counts;
    }

    private List<IncidentReport.Question> questions(List<Activity> during) {
        Map<String, Long> hits = new HashMap<>();
        during.stream().filter(a -> a.kind() == Activity.Kind.FAQ_HIT && a.ref() != null)
                .forEach(a -> hits.merge(a.ref(), 1L, Long::sum));
        return hits.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .map(e -> faq.byId(e.getKey())
                        .map(entry -> new IncidentReport.Question(e.getKey(), entry.question().fr(), entry.question().en(), e.getValue()))
                        .orElseGet(() -> new IncidentReport.Question(e.getKey(), e.getKey(), e.getKey(), e.getValue())))
                .toList();
    }

    /** Misses grouped by their words (case, accents and punctuation aside), the most asked first. */
    private static List<IncidentReport.Miss> misses(List<Activity> during) {
        Map<String, String> firstWording = new LinkedHashMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (Activity a : during) {
            if (a.kind() == Activity.Kind.FAQ_MISS && a.detail() != null) {
                String key = TextAnalysis.fold(a.detail()).replaceAll("[^a-z0-9]+", " ").strip();
                firstWording.putIfAbsent(key, a.detail());
                counts.merge(key, 1L, Long::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).map(e -> new IncidentReport.Miss(firstWording.get(e.getKey()), e.getValue())).toList();
    }

    /** The nearest-rank percentile of sorted values, or null without any. */
    static Long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** The incidents reports can be made of: the last 90 days', newest first. */
    public List<Incident> incidents() {
        return board.history().stream().sorted(Comparator.comparing(Incident::openedAt).reversed()).toList();
    }
}
