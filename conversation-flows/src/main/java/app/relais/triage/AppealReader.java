package app.relais.triage;

import app.relais.catalog.AppealCues;
import app.relais.catalog.Catalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads where a person stands with a platform's appeal from what they type, with the catalog's
 * cues ({@link AppealCues}): "ma demande de réexamen whatsapp a été refusée" says the review was
 * refused, "pas encore" answers that none was asked. Words are folded and compared on their French
 * and English stems (Lucene's Snowball stemmers, as the triage does), so "refusée", "refusé" and
 * "refused" are one cue; a cue of several words matches the same words in a row.
 */
public final class AppealReader {

    /** Where the person stands with the appeal. */
    public enum Status { NOT_YET, PENDING, REFUSED }

    /** An answer to "have you already appealed?", strongest first: a refusal said anywhere wins. */
    public enum Answer { REFUSED, PENDING, UNSURE, NOT_YET, YES }

    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private final List<List<Set<String>>> appeal;
    private final List<List<List<Set<String>>>> answers;

    public AppealReader(Catalog catalog) {
        TextAnalysis.Stemmers stemmers = TextAnalysis.stemmers();
        AppealCues cues = catalog.appealCues().orElse(null);
        this.appeal = cues == null ? List.of() : compile(cues.appeal(), stemmers);
        this.answers = cues == null ? List.of() : List.of(compile(cues.refused(), stemmers), compile(cues.pending(), stemmers),
                compile(cues.unsure(), stemmers), compile(cues.notYet(), stemmers), compile(cues.yes(), stemmers));
    }

    /**
     * What a description says of the appeal: only when it names an appeal and its outcome ("my
     * appeal was rejected", "réexamen en cours"); a refusal of anything else ("pub refusée") is not one.
     */
    public Optional<Status> said(String text) {
        List<Set<String>> words = words(text);
        if (answers.isEmpty() || !anyMatch(appeal, words)) {
            return Optional.empty();
        }
        if (anyMatch(answers.get(Answer.REFUSED.ordinal()), words)) {
            return Optional.of(Status.REFUSED);
        }
        if (anyMatch(answers.get(Answer.PENDING.ordinal()), words)) {
            return Optional.of(Status.PENDING);
        }
        return Optional.empty();
    }

    /** The answer to "have you already appealed?", or empty when the text says none of them. */
    public Optional<Answer> answer(String text) {
        List<Set<String>> words = words(text);
        for (Answer answer : Answer.values()) {
            if (!answers.isEmpty() && anyMatch(answers.get(answer.ordinal()), words)) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }

    private static List<List<Set<String>>> compile(List<String> cues, TextAnalysis.Stemmers stemmers) {
        List<List<Set<String>>> compiled = new ArrayList<>();
        for (String cue : cues) {
            compiled.add(words(cue, stemmers));
        }
        return List.copyOf(compiled);
    }

    private static List<Set<String>> words(String text) {
        return words(text == null ? "" : text, TextAnalysis.stemmers());
    }

    /** Each word as its folded form and its two stems; nothing is dropped, so "pas encore" and "no" stay. */
    private static List<Set<String>> words(String text, TextAnalysis.Stemmers stemmers) {
        String input = text.length() > TextAnalysis.MAX_CHARS ? text.substring(0, TextAnalysis.MAX_CHARS) : text;
        List<Set<String>> words = new ArrayList<>();
        for (String word : NOT_ALNUM.split(TextAnalysis.fold(input))) {
            if (!word.isEmpty()) {
                Set<String> forms = new HashSet<>(3);
                forms.add(word);
                forms.add(stemmers.french(word));
                forms.add(stemmers.english(word));
                words.add(forms);
            }
        }
        return words;
    }

    private static boolean anyMatch(List<List<Set<String>>> cues, List<Set<String>> words) {
        for (List<Set<String>> cue : cues) {
            for (int start = 0; start + cue.size() <= words.size(); start++) {
                if (matchesAt(cue, words, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(List<Set<String>> cue, List<Set<String>> words, int start) {
        for (int i = 0; i < cue.size(); i++) {
            if (java.util.Collections.disjoint(cue.get(i), words.get(start + i))) {
                return false;
            }
        }
        return true;
    }
}
