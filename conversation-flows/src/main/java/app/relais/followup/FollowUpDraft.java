package app.relais.followup;

import app.relais.catalog.LocalizedText;
import app.relais.catalog.Problem;
import app.relais.catalog.SupportChannel;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import app.relais.drafting.DraftBuilder;
import app.relais.drafting.DraftLanguage;
import app.relais.drafting.HeaderText;
import app.relais.drafting.Mailto;
import app.relais.i18n.Messages;
import app.relais.store.CaseData;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The follow-up: short and courteous, in the language of the first request, citing its date and
 * subject; then, in the chat's language, the catalog's fallbacks for when email stays silent.
 */
public final class FollowUpDraft {

    /** The subject as it was when the user said the request was sent: the follow-up cites that one. */
    public static final String SENT_SUBJECT = "sent.subject";
    /** Set when the user says the case is solved: no reminder is due any more. */
    public static final String SOLVED = "followup.solved";

    private final DraftBuilder drafts;
    private final ZoneId zone;

    public FollowUpDraft(DraftBuilder drafts, ZoneId zone) {
        this.drafts = drafts;
        this.zone = zone;
    }

    /** The follow-up email in the draft's language; {@code to} is null without an email channel. */
    public record Email(String to, String subject, String body) {
    }

    public Email email(Problem problem, CaseData data) {
        Messages texts = Messages.of(DraftLanguage.of(data));
        String first = firstSubject(problem, data);
        String subject = HeaderText.oneLine(texts.get("followup.subject", first), HeaderText.MAX_SUBJECT);
        String body = texts.get("followup.body", day(data.sentAt(), texts.locale()), first);
        return new Email(problem.emailChannel().map(SupportChannel::address).orElse(null), subject, body);
    }

    public String firstSubject(Problem problem, CaseData data) {
        String sent = data.answer(SENT_SUBJECT);
        return sent != null ? sent : drafts.build(problem, data).subject();
    }

    /** A day as people write it, the month in letters: "21 novembre 2026", "21 November 2026". */
    public String day(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(instant.atZone(zone));
    }

    /** The follow-up ready to copy (with a mailto: link when there is an address), then the fallbacks. */
    public List<Reply> replies(Problem problem, CaseData data) {
        Messages chat = Messages.of(data.locale());
        Messages draftTexts = Messages.of(DraftLanguage.of(data));
        Email email = email(problem, data);
        StringBuilder text = new StringBuilder();
        List<Link> links = new ArrayList<>();
        if (email.to() != null) {
            text.append(chat.get("draft.label.to", email.to())).append('\n');
            Mailto.Link mailto = Mailto.of(email.to(), email.subject(), email.body(),
                    draftTexts.get("deliver.mailto.shortened"));
            links.add(new Link(chat.get("deliver.mailto", email.to()), mailto.url()));
        }
        text.append(chat.get("draft.label.subject", email.subject())).append("\n\n").append(email.body());
        StringBuilder fallbacks = new StringBuilder(chat.get("followup.fallbacks"));
        for (LocalizedText fallback : problem.fallbacks()) {
            fallbacks.append("\n• ").append(fallback.in(chat.locale()));
        }
        return List.of(Reply.text(text.toString()).withLinks(links), Reply.text(fallbacks.toString()));
    }
}
