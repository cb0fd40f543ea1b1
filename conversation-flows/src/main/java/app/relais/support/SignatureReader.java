package app.relais.support;

import app.relais.catalog.EvidenceType;
import app.relais.dossier.Validation;
import app.relais.dossier.ValidationContext;
import app.relais.drafting.Signature;
import app.relais.engine.Turn;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a signature as people type it: "Claire Dubois", "Claire Dubois, claire.dubois@exemple.fr",
 * "Claire Dubois tél 06 12 34 56 78", "non merci", "c’est obligatoire ?". The contact is checked by
 * the dossier's validators; a wrong one is said precisely and the name already typed is kept.
 */
final class SignatureReader {

    private static final Pattern EMAIL_LIKE = Pattern.compile("[^\\s,;:()<>«»]+@[^\\s,;:()<>«»]+");
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?\\d[\\d .\\-/()]{5,}\\d");
    private static final int MAX_NAME = 80;

    private final SupportServices services;

    SignatureReader(SupportServices services) {
        this.services = services;
    }

    /**
     * The first answer: a name, perhaps with a contact on the same line, a refusal, or a question.
     * {@code reask} asks the pending question again.
     */
    void nameLine(String typed, Turn turn, Runnable reask) {
        String text = typed.strip();
        if (TypedPhrases.isOneOf(text, "signature.declines", turn)) {
            SignatureStage.skipped(turn);
            return;
        }
        if (text.endsWith("?")) {
            turn.say(turn.t("signature.why"));
            reask.run();
            return;
        }
        Matcher email = EMAIL_LIKE.matcher(text);
        Matcher phone = PHONE_LIKE.matcher(text);
        String contact = email.find() ? email.group() : phone.find() ? phone.group() : null;
        String name = withoutLabels(contact == null ? text : text.replace(contact, " "), turn);
        if (name.length() > MAX_NAME || name.isEmpty() && contact == null || name.chars().anyMatch(Character::isDigit)) {
            turn.say(turn.t("signature.name.invalid"));
            reask.run();
            return;
        }
        turn.update(d -> d.withAnswer(Signature.NAME, name.isEmpty() ? null : name).withAnswer(Signature.CONTACT, null)
                .withStep(SignatureStage.CONTACT_STEP));
        if (contact == null) {
            reask.run();
        } else {
            checkContact(contact, turn, reask);
        }
    }

    /** The second answer: an email address or a phone number, or a refusal. */
    void contact(String typed, Turn turn, Runnable reask) {
        String text = typed.strip();
        if (TypedPhrases.isOneOf(text, "signature.declines", turn)) {
            SignatureStage.signed(turn);
            return;
        }
        Matcher email = EMAIL_LIKE.matcher(text);
        Matcher phone = PHONE_LIKE.matcher(text);
        String contact = email.find() ? email.group() : phone.find() ? phone.group() : text.contains("@") ? text : null;
        if (contact == null) {
            turn.say(turn.t("signature.contact.none"));
            reask.run();
            return;
        }
        checkContact(contact, turn, reask);
    }

    private void checkContact(String contact, Turn turn, Runnable reask) {
        String candidate = contact.replaceAll("[.,;:!?)]+$", "");
        EvidenceType type = candidate.contains("@") ? EvidenceType.EMAIL : EvidenceType.PHONE;
        Validation result = services.validators().validate(type, candidate, context(turn));
        if (result instanceof Validation.Valid valid) {
            turn.update(d -> d.withAnswer(Signature.CONTACT, valid.value()));
            SignatureStage.signed(turn);
            return;
        }
        if (result instanceof Validation.Invalid invalid) {
            turn.say(turn.t(invalid.messageKey(), invalid.args().toArray()));
        } else {
            turn.say(turn.t("signature.contact.country"));
        }
        turn.update(d -> d.withStep(SignatureStage.CONTACT_STEP));
        reask.run();
    }

    /** Numbers written the national way are read in the person's country when the channel or the dossier said it. */
    private ValidationContext context(Turn turn) {
        String region = null;
        if (turn.inbound().locale() != null && !turn.inbound().locale().getCountry().isEmpty()) {
            region = turn.inbound().locale().getCountry();
        }
        if (region == null) {
            region = turn.data().answer(ItemInput.CHOSEN_REGION);
        }
        return new ValidationContext(List.of(), turn.texts().locale(), region, turn.now(), services.zone(), List.of());
    }

    /** The name once the words around the contact ("e-mail :", "tél", "et") and stray punctuation are gone. */
    private static String withoutLabels(String text, Turn turn) {
        List<String> labels = Arrays.stream(turn.t("signature.labels").split(",")).map(TypedPhrases::simple).toList();
        String[] words = text.strip().split("\\s+");
        int start = 0;
        int end = words.length;
        while (end > start && isLabel(words[end - 1], labels)) {
            end--;
        }
        while (start < end && isLabel(words[start], labels)) {
            start++;
        }
        return clean(String.join(" ", Arrays.copyOfRange(words, start, end)));
    }

    private static boolean isLabel(String word, List<String> labels) {
        String bare = clean(word);
        return bare.isEmpty() || labels.contains(TypedPhrases.simple(bare));
    }

    private static String clean(String text) {
        return text.replaceAll("^[\\p{Punct}–—«»\\s]+|[\\p{Punct}–—«»\\s]+$", "");
    }
}
