package app.relais.support;

import app.relais.catalog.EvidenceItem;
import app.relais.catalog.EvidenceType;
import app.relais.conversation.Choice;
import app.relais.conversation.Expects;
import app.relais.conversation.Inbound;
import app.relais.conversation.Reply;
import app.relais.dossier.EvidenceEntry;
import app.relais.drafting.Signature;
import app.relais.engine.Turn;
import app.relais.offscript.Awaiting;
import app.relais.offscript.Intent;
import app.relais.offscript.IntentAction;
import app.relais.offscript.Pending;
import java.util.ArrayList;
import java.util.List;

/**
 * SIGNATURE: how the request and its follow-ups are signed, asked once and skippable: a name,
 * then (unless it came on the same line) where the support team can answer, an email address or
 * a phone number checked by the dossier's validators, or one the dossier already holds. Coming
 * back here from an earlier stage does not ask again; /back from the review does.
 */
final class SignatureStage implements Pending {

    static final String NAME_STEP = "signature";
    static final String CONTACT_STEP = "signature-contact";
    static final String SKIP = "signature-skip";
    static final String KEEP = "signature-keep";
    static final String NO_CONTACT = "contact-none";
    static final String USE_CONTACT = "contact:";

    private final SupportServices services;
    private final SignatureReader reader;

    SignatureStage(SupportServices services) {
        this.services = services;
        this.reader = new SignatureReader(services);
    }

    @Override
    public void enter(Turn turn) {
        if (SupportEvent.OUTCOME_DONE.name().equals(turn.arrivedBy()) && turn.data().answer(Signature.ASKED) != null) {
            turn.fire(SupportEvent.SIGNED.name());
            return;
        }
        turn.update(d -> d.withStep(NAME_STEP));
        prompt(turn);
    }

    @Override
    public void prompt(Turn turn) {
        List<Choice> choices = new ArrayList<>();
        if (turn.data().step().equals(CONTACT_STEP)) {
            List<String> known = dossierContacts(turn);
            for (int i = 0; i < known.size(); i++) {
                // By index: a choice id is at most 64 bytes (Telegram's callback data), an address may be longer.
                choices.add(new Choice(USE_CONTACT + i,
                        turn.t("signature.contact.use", new Signature(null, known.get(i)).contactShown())));
            }
            choices.add(new Choice(NO_CONTACT, turn.t("signature.contact.skip")));
            choices.add(Choices.back(turn));
            turn.say(new Reply(turn.t("signature.contact.ask"), choices, List.of(), List.of(), Expects.TEXT));
            return;
        }
        StringBuilder text = new StringBuilder(turn.t("signature.ask"));
        Signature current = Signature.of(turn.data());
        if (turn.data().answer(Signature.ASKED) != null && !current.isEmpty()) {
            text.append('\n').append(turn.t("signature.current", String.join(", ", current.block().split("\n"))));
            choices.add(new Choice(KEEP, turn.t("signature.keep")));
        }
        choices.add(new Choice(SKIP, turn.t("signature.skip")));
        choices.add(Choices.back(turn));
        turn.say(new Reply(text.toString(), choices, List.of(), List.of(), Expects.TEXT));
    }

    @Override
    public void handle(Turn turn) {
        boolean contactStep = turn.data().step().equals(CONTACT_STEP);
        if (turn.inbound() instanceof Inbound.Choice choice) {
            chose(choice.choiceId(), contactStep, turn);
        } else if (turn.inbound() instanceof Inbound.Text text && contactStep) {
            reader.contact(text.text(), turn, () -> prompt(turn));
        } else if (turn.inbound() instanceof Inbound.Text text) {
            reader.nameLine(text.text(), turn, () -> prompt(turn));
        } else {
            prompt(turn);
        }
    }

    private void chose(String id, boolean contactStep, Turn turn) {
        if (id.equals(SKIP) && !contactStep) {
            skipped(turn);
        } else if (id.equals(KEEP) && !contactStep && turn.data().answer(Signature.ASKED) != null) {
            turn.fire(SupportEvent.SIGNED.name());
        } else if (id.equals(NO_CONTACT) && contactStep) {
            signed(turn);
        } else if (id.startsWith(USE_CONTACT) && contactStep && known(id, turn) != null) {
            String contact = known(id, turn);
            turn.update(d -> d.withAnswer(Signature.CONTACT, contact));
            signed(turn);
        } else {
            prompt(turn);
        }
    }

    @Override
    public Awaiting awaiting(Turn turn) {
        return turn.data().step().equals(CONTACT_STEP) ? Awaiting.VALUE : Awaiting.FREE_TEXT;
    }

    /** "non merci", "je sais pas", "oui": the stage's own reading knows what they mean here. */
    @Override
    public boolean react(Intent intent, Turn turn) {
        if (intent.action() == IntentAction.YES || intent.action() == IntentAction.NO
                || intent.action() == IntentAction.SKIP) {
            handle(turn);
            return true;
        }
        return false;
    }

    @Override
    public void back(Turn turn) {
        if (turn.data().step().equals(CONTACT_STEP)) {
            turn.update(d -> d.withStep(NAME_STEP));
            prompt(turn);
        } else {
            turn.fire(SupportEvent.BACK.name());
        }
    }

    /** No signature at all: the name and contact given before are forgotten. */
    static void skipped(Turn turn) {
        turn.update(d -> d.withAnswer(Signature.NAME, null).withAnswer(Signature.CONTACT, null)
                .withAnswer(Signature.ASKED, "1"));
        turn.say(turn.t("signature.skipped"));
        turn.fire(SupportEvent.SIGNED.name());
    }

    static void signed(Turn turn) {
        turn.update(d -> d.withAnswer(Signature.ASKED, "1"));
        turn.fire(SupportEvent.SIGNED.name());
    }

    /** The dossier's contact a "contact:<index>" button names, or null for a stale one. */
    private String known(String id, Turn turn) {
        String index = id.substring(USE_CONTACT.length());
        List<String> contacts = dossierContacts(turn);
        return index.matches("\\d") && Integer.parseInt(index) < contacts.size() ? contacts.get(Integer.parseInt(index)) : null;
    }

    /** The email addresses and phone numbers the dossier holds, offered as the contact. */
    private List<String> dossierContacts(Turn turn) {
        List<String> contacts = new ArrayList<>();
        for (EvidenceItem item : services.problem(turn).evidence()) {
            EvidenceEntry entry = turn.data().evidence().get(item.id());
            if ((item.type() == EvidenceType.EMAIL || item.type() == EvidenceType.PHONE) && entry != null
                    && entry.answered() && entry.value() != null && !contacts.contains(entry.value())) {
                contacts.add(entry.value());
            }
        }
        return contacts;
    }
}
