package app.relais.followup;

import app.relais.catalog.Catalog;
import app.relais.catalog.Problem;
import app.relais.conversation.ConversationKey;
import app.relais.store.CaseData;
import app.relais.store.ConversationSnapshot;
import app.relais.store.ConversationStore;
import java.util.Optional;

/**
 * A request the person sent and has not said is solved, with its problem: what a follow-up
 * reminder is about, in the chat or by email. Read when the reminder fires, so that a conversation
 * gone, restarted or solved meanwhile gets none.
 */
record OpenRequest(CaseData data, Problem problem) {

    static Optional<OpenRequest> find(ConversationStore conversations, Catalog catalog, ConversationKey key) {
        Optional<CaseData> data = conversations.load(key).map(ConversationSnapshot::data)
                .filter(d -> d.sentAt() != null && d.problem() != null && d.answer(FollowUpDraft.SOLVED) == null);
        return data.flatMap(d -> catalog.problem(d.problem()).map(problem -> new OpenRequest(d, problem)));
    }
}
