package app.relais.drafting;

import app.relais.i18n.Messages;
import app.relais.store.CaseData;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * How the person signs their request and every follow-up: a name, and optionally where the
 * support team can answer them (an email address or a phone number in E.164, checked by the
 * dossier's validators when it was given). Asked once, before the review; either part may be
 * left out.
 */
public record Signature(String name, String contact) {

    /** Where the answers are kept among the conversation's. */
    public static final String NAME = "signature.name";
    public static final String CONTACT = "signature.contact";
    /** Set once the question was answered or skipped, so it is not asked again. */
    public static final String ASKED = "signature.asked";

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    public static Signature of(CaseData data) {
        return new Signature(blankToNull(data.answer(NAME)), blankToNull(data.answer(CONTACT)));
    }

    public boolean isEmpty() {
        return name == null && contact == null;
    }

    public boolean hasEmail() {
        return contact != null && contact.contains("@");
    }

    /** The contact as a person reads it: an address as given, a number in international format. */
    public String contactShown() {
        if (contact == null || hasEmail()) {
            return contact;
        }
        try {
            return PHONES.format(PHONES.parse(contact, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException notE164) {
            return contact;
        }
    }

    /** "Vous pouvez me répondre à l’adresse …" in the letter's language; empty without a contact. */
    public String contactSentence(Messages texts) {
        if (contact == null) {
            return "";
        }
        return texts.get(hasEmail() ? "draft.contact.email" : "draft.contact.phone", contactShown());
    }

    /** The lines under the closing: the name, then the contact. */
    public String block() {
        StringBuilder block = new StringBuilder();
        if (name != null) {
            block.append(name);
        }
        if (contact != null) {
            block.append(block.isEmpty() ? "" : "\n").append(contactShown());
        }
        return block.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
