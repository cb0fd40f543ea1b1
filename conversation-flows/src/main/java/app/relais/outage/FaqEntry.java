package app.relais.outage;

import app.relais.catalog.LocalizedText;
import app.relais.i18n.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One question of the business's FAQ: the question as the FAQ shows it, what customers type to ask
 * it ({@code examples}, the variants it is matched on, besides the question itself), the answer,
 * when it applies ({@link Active}), and the short code agents type to send the same answer.
 * Answers may name the profile's contacts: {@link FaqAnswers#VARIABLES}. {@code updatedBy} and
 * {@code updatedAt} say who saved it last (null for the seed file's entries).
 */
public record FaqEntry(String id, String shortCode, LocalizedText question, Examples examples, LocalizedText answer,
                       Active active, String updatedBy, Instant updatedAt) {

    public static final int TEXT_MAX = 2000;
    public static final int EXAMPLES_MAX = 60;

    /** Whether an entry is offered at all times or only while an incident is open. */
    public enum Active {
        ALWAYS, INCIDENT;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Active parse(String text) {
            if (text == null || text.isBlank()) {
                return ALWAYS;
            }
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Refusal("faq.active", text);
            }
        }
    }

    public FaqEntry {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9-]{2,40}")) {
            throw new Refusal("faq.id", id);
        }
        if (shortCode == null || !shortCode.matches("[a-z0-9]{2,16}")) {
            throw new Refusal("faq.short-code", shortCode);
        }
        Objects.requireNonNull(question, "question (fr and en)");
        Objects.requireNonNull(answer, "answer (fr and en)");
        examples = examples == null ? new Examples(List.of(), List.of()) : examples;
        active = active == null ? Active.ALWAYS : active;
        for (String text : List.of(question.fr(), question.en(), answer.fr(), answer.en())) {
            if (text.length() > TEXT_MAX) {
                throw new Refusal("faq.text-max", TEXT_MAX);
            }
        }
        FaqAnswers.check(answer);
    }

    public boolean activeWhen(boolean incidentOpen) {
        return active == Active.ALWAYS || incidentOpen;
    }

    /** The same entry saved by someone at some time. */
    public FaqEntry savedBy(String by, Instant at) {
        return new FaqEntry(id, shortCode, question, examples, answer, active, by, at);
    }

    /** What customers type to ask this question, one sentence each, in French and in English. */
    public record Examples(List<String> fr, List<String> en) {
        public Examples {
            fr = clean(fr);
            en = clean(en);
        }

        private static List<String> clean(List<String> texts) {
            List<String> kept = texts == null ? List.of()
                    : texts.stream().filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
            if (kept.size() > EXAMPLES_MAX || kept.stream().anyMatch(t -> t.length() > 300)) {
                throw new Refusal("faq.examples", EXAMPLES_MAX);
            }
            return kept;
        }

        public List<String> all() {
            List<String> all = new java.util.ArrayList<>(fr);
            all.addAll(en);
            return all;
        }
    }
}
