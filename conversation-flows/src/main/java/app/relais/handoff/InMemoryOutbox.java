package app.relais.handoff;

import app.relais.conversation.ConversationKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An outbox in memory: tests and single-process trials. */
public final class InMemoryOutbox implements Outbox {

    private final Map<ConversationKey, List<OutboxMessage>> waiting = new ConcurrentHashMap<>();

    @Override
    public void enqueue(ConversationKey conversation, OutboxMessage message) {
        waiting.compute(conversation, (k, list) -> {
            List<OutboxMessage> all = list == null ? new ArrayList<>() : list;
            all.add(message);
            return all;
        });
    }

    @Override
    public List<OutboxMessage> drain(ConversationKey conversation) {
        List<OutboxMessage> all = waiting.remove(conversation);
        return all == null ? List.of() : List.copyOf(all);
    }
}
