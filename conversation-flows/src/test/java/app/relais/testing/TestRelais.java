package app.relais.testing;

import app.relais.conversation.ConversationKey;
import app.relais.core.RelaisCore;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** A whole engine in memory, on a clock the test controls. */
public final class TestRelais {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final MutableClock clock;
    private final RelaisCore core;

    public TestRelais() {
        this(MutableClock.at("2026-11-21T20:00:00Z"));
    }

    public TestRelais(MutableClock clock) {
        this.clock = clock;
        this.core = RelaisCore.builder().clock(clock).zone(ZoneId.of("Europe/Paris")).build();
    }

    public TestRelais(MutableClock clock, RelaisCore.Builder builder) {
        this.clock = clock;
        this.core = builder.clock(clock).build();
    }

    public MutableClock clock() {
        return clock;
    }

    public RelaisCore core() {
        return core;
    }

    public Conversation newConversation(Locale locale) {
        return conversation(new ConversationKey(InMemoryChannel.NAME, "chat-" + IDS.incrementAndGet()), locale);
    }

    public Conversation french() {
        return newConversation(Locale.FRANCE);
    }

    public Conversation english() {
        return newConversation(Locale.UK);
    }

    public Conversation conversation(ConversationKey key, Locale locale) {
        return new Conversation(core.engine(), core.intake(), key, locale).markingSentIn(core.outbox());
    }
}
