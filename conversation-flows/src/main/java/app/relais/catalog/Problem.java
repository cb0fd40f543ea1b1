package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A problem Relais knows, e.g. {@code facebook/account-hacked}: how to name it, how to recognise
 * it, where to send it, what proof it needs, and what to do when the first channel fails.
 * {@code afterRefusal} (optional) is for problems whose official path can refuse (an appeal, a
 * review): the advice then asks first whether it was already tried, and what remains after a "no".
 * {@code inLetter} names it as the request does inside a sentence, with its article and in lower
 * case ("le piratage d’un compte Facebook"), where {@code label} is a title ("Compte Facebook piraté").
 */
public record Problem(@JsonProperty(required = true) String id,
                      @JsonProperty(required = true) LocalizedText label,
                      @JsonProperty(required = true) LocalizedText inLetter,
                      @JsonProperty(required = true) Severity severity,
                      @JsonProperty(required = true) Examples examples,
                      @JsonProperty(required = true) List<SupportChannel> channels,
                      List<EvidenceItem> evidence,
                      @JsonProperty(required = true) LocalizedText subject,
                      String subjectEvidence,
                      List<LocalizedText> outcomes,
                      @JsonProperty(required = true) List<LocalizedText> fallbacks,
                      @JsonProperty(required = true) LocalizedText whyEmail,
                      AfterRefusal afterRefusal,
                      String platform) {

    /** Fewer examples than this per language and the triage cannot learn the problem. */
    public static final int MIN_EXAMPLES = 3;

    /** Examples the triage learns from, per language. */
    public record Examples(@JsonProperty(required = true) List<String> fr,
                           @JsonProperty(required = true) List<String> en) {
        public Examples {
            if (fr == null || fr.size() < MIN_EXAMPLES || en == null || en.size() < MIN_EXAMPLES) {
                throw new IllegalArgumentException("'examples' needs at least " + MIN_EXAMPLES + " 'fr' and "
                        + MIN_EXAMPLES + " 'en' sentences");
            }
            if (java.util.stream.Stream.concat(fr.stream(), en.stream()).anyMatch(s -> s == null || s.isBlank())) {
                throw new IllegalArgumentException("'examples' has an empty sentence");
            }
            fr = List.copyOf(fr);
            en = List.copyOf(en);
        }
    }

    public Problem {
        if (id == null || !id.matches("[a-z][a-z0-9-]{0,40}")) {
            throw new IllegalArgumentException("problem 'id' must be lower-case-with-dashes");
        }
        if (channels == null || channels.isEmpty()) {
            throw new IllegalArgumentException("problem '" + id + "' needs at least one channel");
        }
        if (channels.get(0).isEmail()) {
            // Honesty rule: the platform's own channel is offered first, an email address only beside it.
            throw new IllegalArgumentException("problem '" + id + "' must not lead with an email channel: put the official channel first");
        }
        if (channels.stream().anyMatch(SupportChannel::isLegal)) {
            // Routes outside the platform come after its own appeal refused, never instead of it.
            throw new IllegalArgumentException("problem '" + id + "' lists a legal channel: offer it in 'after_refusal.next'");
        }
        InLetter.check(inLetter, "problem '" + id + "'");
        channels = List.copyOf(channels);
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        var seen = new HashSet<String>();
        for (EvidenceItem item : evidence) {
            if (item.derivedFrom() != null && evidence.stream().takeWhile(i -> i != item)
                    .noneMatch(i -> i.id().equals(item.derivedFrom()) && i.type() == EvidenceType.URL)) {
                throw new IllegalArgumentException("evidence '" + item.id() + "' is 'derived_from' '" + item.derivedFrom()
                        + "', which is not a link item before it");
            }
            if (!seen.add(item.id())) {
                throw new IllegalArgumentException("problem '" + id + "' lists evidence '" + item.id() + "' twice");
            }
        }
        if (subjectEvidence != null && !seen.contains(subjectEvidence)) {
            throw new IllegalArgumentException("'subject_evidence' names '" + subjectEvidence + "', which is not in 'evidence'");
        }
    }

    public String fullId() {
        return platform + "/" + id;
    }

    Problem onPlatform(String platformId) {
        return new Problem(id, label, inLetter, severity, examples, channels, evidence, subject, subjectEvidence,
                outcomes, fallbacks, whyEmail, afterRefusal, platformId);
    }

    /** The first channel that is not email: where the honest advice starts. */
    public Optional<SupportChannel> officialChannel() {
        return channels.stream().filter(c -> !c.isEmail()).findFirst();
    }

    /** What to ask and say when the official path may already have refused; empty when it cannot refuse. */
    public Optional<AfterRefusal> refusal() {
        return Optional.ofNullable(afterRefusal);
    }

    public Optional<SupportChannel> emailChannel() {
        return channels.stream().filter(SupportChannel::isEmail).findFirst();
    }

    /** Every email address offered for this problem, in the catalog's order (e.g. Android, then iPhone). */
    public List<SupportChannel> emailChannels() {
        return channels.stream().filter(SupportChannel::isEmail).toList();
    }
}
