package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words that tell where a person stands with a platform's appeal or review ({@code catalog/appeals.yml}):
 * {@code appeal} names an appeal or a review ("réexamen", "appeal"), {@code refused} and
 * {@code pending} its outcome, {@code notYet} and {@code unsure} the answers "not yet" and "I don't
 * know", {@code yes} a bare "yes". A cue may be several words ("pas encore"); the triage package
 * matches them on stems, so one form covers its variants (see docs/catalog.md, "After a refusal").
 */
public record AppealCues(@JsonProperty(required = true) List<String> appeal,
                         @JsonProperty(required = true) List<String> refused,
                         @JsonProperty(required = true) List<String> pending,
                         @JsonProperty(required = true) List<String> notYet,
                         @JsonProperty(required = true) List<String> unsure,
                         @JsonProperty(required = true) List<String> yes) {

    public AppealCues {
        Map<String, String> seen = new HashMap<>();
        Map<String, List<String>> lists = Map.of("appeal", nonNull(appeal), "refused", nonNull(refused),
                "pending", nonNull(pending), "not_yet", nonNull(notYet), "unsure", nonNull(unsure), "yes", nonNull(yes));
        for (Map.Entry<String, List<String>> list : lists.entrySet()) {
            if (list.getValue().isEmpty()) {
                throw new IllegalArgumentException("'" + list.getKey() + "' lists no cue");
            }
            for (String cue : list.getValue()) {
                if (cue == null || cue.isBlank()) {
                    throw new IllegalArgumentException("'" + list.getKey() + "' has an empty cue");
                }
                // One cue in two lists would make the same words mean two answers.
                String other = seen.put(cue.strip().toLowerCase(Locale.ROOT), list.getKey());
                if (other != null && !other.equals(list.getKey())) {
                    throw new IllegalArgumentException("cue '" + cue + "' is in both '" + other + "' and '" + list.getKey() + "'");
                }
            }
        }
        appeal = List.copyOf(appeal);
        refused = List.copyOf(refused);
        pending = List.copyOf(pending);
        notYet = List.copyOf(notYet);
        unsure = List.copyOf(unsure);
        yes = List.copyOf(yes);
    }

    private static List<String> nonNull(List<String> list) {
        return list == null ? List.of() : list;
    }
}
