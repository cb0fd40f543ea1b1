package app.relais.bot.metrics;

import app.relais.conversation.ConversationEngine;
import app.relais.conversation.Inbound;
import app.relais.conversation.Replies;
import io.micrometer.core.instrument.Timer;

/**
 * The engine with its traffic measured: one message in per call, one message out per reply, the
 * time the call took (the engine saves the conversation before returning, so this is the latency
 * a user waits for, transport aside), and the conversation marked active. A call that fails is
 * counted in and timed too, so errors show in the latency as they do for users.
 */
final class MeteredEngine implements ConversationEngine {

    private final ConversationEngine engine;
    private final RelaisMeters meters;
    private final ActiveConversations active;

    MeteredEngine(ConversationEngine engine, RelaisMeters meters, ActiveConversations active) {
        this.engine = engine;
        this.meters = meters;
        this.active = active;
    }

    @Override
    public Replies handle(Inbound inbound) {
        String channel = inbound.key().channel();
        meters.messagesIn(channel).increment();
        active.touched(inbound.key());
        Timer.Sample sample = Timer.start();
        Replies replies;
        try {
            replies = engine.handle(inbound);
        } finally {
            sample.stop(meters.replyLatency(channel));
        }
        meters.messagesOut(channel).increment(replies.replies().size());
        return replies;
    }
}
