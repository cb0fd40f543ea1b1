package app.relais.offscript;

import app.relais.catalog.Problem;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Something people say instead of answering: its examples (what the recognizer learns from), what
 * recognising it does, and its replies, bundle keys by where it is said ({@link #replyKey}).
 */
public record Intent(@JsonProperty(required = true) String id,
                     @JsonProperty(required = true) IntentAction action,
                     Map<String, String> replies,
                     Detail detail,
                     List<String> onlyIn,
                     @JsonProperty(required = true) Problem.Examples examples) {

    /** Reply for a question that waits for free text, when no flow- or state-specific one exists. */
    public static final String FREE_TEXT = "free-text";
    public static final String DEFAULT = "default";

    public Intent {
        if (id == null || !id.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException("intent 'id' must be lower-case-with-dashes");
        }
        replies = replies == null ? Map.of() : Map.copyOf(replies);
        onlyIn = onlyIn == null ? List.of() : List.copyOf(onlyIn);
        boolean says = action == IntentAction.ANSWER || action == IntentAction.SKIP || action == IntentAction.RESTART;
        if (says && !replies.containsKey(DEFAULT)) {
            throw new IllegalArgumentException("intent '" + id + "' needs a 'default' reply");
        }
        if (!says && (!replies.isEmpty() || detail != null)) {
            throw new IllegalArgumentException("intent '" + id + "' (" + action + ") says nothing of its own: no replies, no detail");
        }
    }

    /** Whether it is heard in this flow: everywhere unless {@code only_in} names the flows. */
    public boolean heardIn(String flow) {
        return onlyIn.isEmpty() || onlyIn.contains(flow);
    }

    /** The flows this intent names, in {@code only_in} and in its replies' places ("outage-fallback", "support-request/TRIAGE"). */
    List<String> flowsNamed() {
        List<String> named = new java.util.ArrayList<>(onlyIn);
        replies.keySet().stream().filter(where -> !where.equals(DEFAULT) && !where.equals(FREE_TEXT))
                .map(where -> where.contains("/") ? where.substring(0, where.indexOf('/')) : where)
                .forEach(named::add);
        return named;
    }

    /** The reply said for this intent in {@code flow}'s {@code state}: the most specific that exists. */
    public String replyKey(String flow, String state, Awaiting awaiting) {
        for (String where : List.of(flow + "/" + state, flow, awaiting == Awaiting.FREE_TEXT ? FREE_TEXT : DEFAULT)) {
            String key = replies.get(where);
            if (key != null) {
                return key;
            }
        }
        return replies.get(DEFAULT);
    }
}
