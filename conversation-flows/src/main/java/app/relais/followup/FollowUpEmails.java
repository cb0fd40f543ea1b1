package app.relais.followup;

import app.relais.catalog.Catalog;
import app.relais.conversation.Reply;
import app.relais.email.EmailReminder;
import app.relais.email.EmailReminders;
import app.relais.i18n.Messages;
import app.relais.store.CaseData;
import app.relais.store.ConversationStore;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The follow-up reminder as an email, written on the day it is sent from the conversation as it is
 * then, in its language: the greeting citing the first request, the follow-up ready to copy, the
 * fallbacks. Nothing when the conversation is gone, was restarted or is solved.
 */
public final class FollowUpEmails implements EmailReminders.Composer {

    private final ConversationStore conversations;
    private final Catalog catalog;
    private final FollowUpDraft drafts;

    public FollowUpEmails(ConversationStore conversations, Catalog catalog, FollowUpDraft drafts) {
        this.conversations = conversations;
        this.catalog = catalog;
        this.drafts = drafts;
    }

    @Override
    public Optional<EmailReminders.Content> compose(EmailReminder reminder) {
        return OpenRequest.find(conversations, catalog, reminder.key()).map(this::email);
    }

    private EmailReminders.Content email(OpenRequest request) {
        CaseData data = request.data();
        Messages texts = Messages.of(data.locale());
        String first = drafts.firstSubject(request.problem(), data);
        String text = texts.get("followup.reminder.intro", drafts.day(data.sentAt(), texts.locale()), first)
                + "\n\n" + drafts.replies(request.problem(), data).stream().map(Reply::text)
                .collect(Collectors.joining("\n\n"))
                + "\n\n" + texts.get("reminders.email.followup.after");
        return new EmailReminders.Content(texts.get("reminders.email.followup.subject", first), text, texts.language());
    }
}
