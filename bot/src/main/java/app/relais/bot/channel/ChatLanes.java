package app.relais.bot.channel;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work of one chat in submission order, one task at a time, while different chats run in
 * parallel on a shared pool. Updates, album flushes and proactive messages of a chat all go
 * through its lane, so what the user sees keeps the order they wrote in. A lane exists only while
 * it has work: an idle chat costs nothing.
 */
public final class ChatLanes {

    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

    private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final Executor workers;

    public ChatLanes(Executor workers) {
        this.workers = workers;
    }

    public void submit(long chatId, Runnable task) {
        CompletableFuture<Void> tail = tails.compute(chatId, (id, previous) ->
                (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous)
                        .handle((ignored, failure) -> null)
                        .thenRunAsync(() -> runGuarded(task), workers));
        // Registered outside compute(): a tail that is already done would otherwise remove itself
        // from inside compute() (a recursive update ConcurrentHashMap refuses).
        tail.whenComplete((ignored, failure) -> tails.remove(chatId, tail));
    }

    public int activeLanes() {
        return tails.size();
    }

    private static void runGuarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            // The task logs its own failures; this is the last net so a lane never stalls.
            log.warn("a chat task failed ({})", e.getClass().getName());
            log.debug("chat task failure", e);
        }
    }
}
