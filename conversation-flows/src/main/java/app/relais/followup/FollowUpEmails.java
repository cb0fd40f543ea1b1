package app.relais.followup;

import app.relais.catalog.Catalog;
import app.relais.catalog.Problem;
import app.relais.conversation.Reply;
import app.relais.email.EmailReminder;
import app.relais.email.EmailReminders;
import app.relais.i18n.Messages;
import app.relais.store.CaseData;
import app.relais.store.ConversationSnapshot;
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
        Optional<CaseData> data = conversations.load(reminder.key()).map(ConversationSnapshot::data)
                .filter(d -> d.sentAt() != null && d.problem() != null && d.answer(FollowUpDraft.SOLVED) == null);
        Optional<Problem> problem = data.flatMap(d -> catalog.problem(d.problem()));
        if (problem.isEmpty()) {
            return Optional.empty();
        }
        Messages texts = Messages.of(data.get().locale());
        String first = drafts.firstSubject(problem.get(), data.get());
        String text = texts.get("followup.reminder.intro", drafts.day(data.get().sentAt(), texts.locale()), first)
                + "\n\n" + drafts.replies(problem.get(), data.get()).stream().map(Reply::text)
                .collect(Collectors.joining("\n\n"))
                + "\n\n" + texts.get("reminders.email.followup.after");
        return Optional.of(new EmailReminders.Content(texts.get("reminders.email.followup.subject", first), text,
                texts.language()));
    }
}
