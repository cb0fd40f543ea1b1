package app.relais.followup;

import app.relais.catalog.Catalog;
import app.relais.conversation.Choice;
import app.relais.conversation.Reply;
import app.relais.i18n.Messages;
import app.relais.store.CaseData;
import app.relais.store.ConversationStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a due reminder says, read from the conversation as it is when the reminder fires: nothing
 * when the conversation is gone, was restarted or is solved; otherwise a greeting citing the first
 * request, the follow-up ready to copy, the fallbacks, and the buttons to prepare it with a case
 * number or what changed, or to say it is solved.
 */
public final class FollowUpMessages implements ReminderService.Messages {

    private final ConversationStore conversations;
    private final Catalog catalog;
    private final FollowUpDraft drafts;

    public FollowUpMessages(ConversationStore conversations, Catalog catalog, FollowUpDraft drafts) {
        this.conversations = conversations;
        this.catalog = catalog;
        this.drafts = drafts;
    }

    @Override
    public Optional<List<Reply>> compose(Reminder reminder) {
        return OpenRequest.find(conversations, catalog, reminder.key()).map(this::replies);
    }

    private List<Reply> replies(OpenRequest request) {
        CaseData data = request.data();
        Messages chat = Messages.of(data.locale());
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.text(chat.get("followup.reminder.intro", drafts.day(data.sentAt(), chat.locale()),
                drafts.firstSubject(request.problem(), data))));
        replies.addAll(drafts.replies(request.problem(), data));
        replies.add(Reply.choose(chat.get("followup.reminder.more") + "\n" + chat.get("followup.ask"), List.of(
                new Choice(FollowUpChoices.DRAFT_NOW, chat.get("followup.draft")),
                new Choice(FollowUpChoices.SOLVED, chat.get("followup.solved")),
                new Choice(FollowUpChoices.NEW_REQUEST, chat.get("deliver.new")))));
        return replies;
    }
}
