package app.relais.followup;

import app.relais.catalog.LocalizedText;
import app.relais.catalog.Problem;
import app.relais.catalog.SupportChannel;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import app.relais.dossier.LetterDate;
import app.relais.drafting.DraftBuilder;
import app.relais.drafting.DraftLanguage;
import app.relais.drafting.HeaderText;
import app.relais.drafting.Mailto;
import app.relais.drafting.Phrases;
import app.relais.drafting.Signature;
import app.relais.i18n.Messages;
import app.relais.store.CaseData;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The follow-up: short and courteous, in the language of the first request, citing its date and
 * subject, the case number the support team gave when the person got one, and what changed since
 * (or that nothing did), signed like the request; then, in the chat's language, the catalog's
 * fallbacks for when email stays silent.
 */
public final class FollowUpDraft {

    /** The subject as it was when the user said the request was sent: the follow-up cites that one. */
    public static final String SENT_SUBJECT = "sent.subject";
    /** Set when the user says the case is solved: no reminder is due any more. */
    public static final String SOLVED = "followup.solved";
    /** The case or ticket number the support team gave, when the person got one. */
    public static final String TICKET = "followup.ticket";
    /** What changed since the request, in the person's words. */
    public static final String CHANGES = "followup.changes";
    /** Set when the person said nothing changed: the follow-up says the problem is still there. */
    public static final String UNCHANGED = "followup.unchanged";

    private final DraftBuilder drafts;
    private final ZoneId zone;

    public FollowUpDraft(DraftBuilder drafts, ZoneId zone) {
        this.drafts = drafts;
        this.zone = zone;
    }

    /** The follow-up email in the draft's language; {@code to} is null without an email channel. */
    public record Email(String to, String subject, String body, String language) {
    }

    public Email email(Problem problem, CaseData data) {
        Messages texts = Messages.of(DraftLanguage.of(data));
        String first = firstSubject(problem, data);
        String ticket = data.answer(TICKET);
        String subject = HeaderText.oneLine(ticket == null ? texts.get("followup.subject", first)
                : texts.get("followup.subject.ticket", first, ticket), HeaderText.MAX_SUBJECT);
        StringBuilder opening = new StringBuilder(texts.get("followup.opening", day(data.sentAt(), texts.locale()), first));
        if (ticket != null) {
            opening.append(' ').append(texts.get("followup.ticket", ticket));
        }
        List<String> paragraphs = new ArrayList<>(List.of(texts.get("draft.greeting"), opening.toString()));
        String changes = data.answer(CHANGES);
        if (changes != null && !changes.isBlank()) {
            // After "Depuis ma première demande," in lower case, unless it starts with a name.
            paragraphs.add(texts.get("followup.changes",
                    Phrases.afterColon(changes, Set.of(Phrases.fold(String.valueOf(problem.platform()))))));
        } else if (data.answer(UNCHANGED) != null) {
            paragraphs.add(texts.get("followup.unchanged"));
        }
        Signature signature = Signature.of(data);
        String contact = signature.contactSentence(texts);
        paragraphs.add(texts.get("followup.closing") + (contact.isEmpty() ? "" : " " + contact));
        paragraphs.add(texts.get("draft.closing") + (signature.isEmpty() ? "" : "\n" + signature.block()));
        return new Email(problem.emailChannel().map(SupportChannel::address).orElse(null), subject,
                String.join("\n\n", paragraphs), texts.language());
    }

    public String firstSubject(Problem problem, CaseData data) {
        String sent = data.answer(SENT_SUBJECT);
        return sent != null ? sent : drafts.build(problem, data).subject();
    }

    /** A day as people write it, the month in letters: "samedi 21 novembre 2026", "Saturday 21 November 2026". */
    public String day(Instant instant, Locale locale) {
        return LetterDate.day(instant.atZone(zone).toLocalDate(), locale);
    }

    /** The follow-up ready to copy (with a mailto: link when there is an address), then the fallbacks. */
    public List<Reply> replies(Problem problem, CaseData data) {
        Messages chat = Messages.of(data.locale());
        Email email = email(problem, data);
        // The headers go with the text that is copied: in the follow-up's own language.
        Messages letter = Messages.of(email.language());
        StringBuilder text = new StringBuilder();
        List<Link> links = new ArrayList<>();
        if (email.to() != null) {
            text.append(letter.get("draft.label.to", email.to())).append('\n');
            Mailto.Link mailto = Mailto.of(email.to(), email.subject(), email.body(), letter.get("deliver.mailto.shortened"));
            links.add(new Link(chat.get("deliver.mailto", email.to()), mailto.url()));
        }
        text.append(letter.get("draft.label.subject", email.subject())).append("\n\n").append(email.body());
        StringBuilder fallbacks = new StringBuilder(chat.get("followup.fallbacks"));
        for (LocalizedText fallback : problem.fallbacks()) {
            fallbacks.append("\n• ").append(fallback.in(chat.locale()));
        }
        return List.of(Reply.text(text.toString()).withLinks(links).withCopyable(), Reply.text(fallbacks.toString()));
    }
}
