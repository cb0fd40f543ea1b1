package app.relais.bot.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.store.Databases;
import app.relais.conversation.Choice;
import app.relais.conversation.Expects;
import app.relais.conversation.FileRef;
import app.relais.conversation.InputHint;
import app.relais.conversation.Link;
import app.relais.conversation.Reply;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Replies waiting for Messenger: each person's in order, whole, the same on both databases and in memory. */
class PendingRepliesContractTest {

    private static final Instant AT = Instant.parse("2026-11-21T20:00:00Z");

    static Stream<Arguments> stores() {
        return Stream.of(Arguments.of("in memory", (Supplier<PendingReplies>) InMemoryPendingReplies::new),
                Arguments.of("H2", (Supplier<PendingReplies>) () -> new JdbcPendingReplies(new JdbcTemplate(Databases.h2()))),
                Arguments.of("PostgreSQL", (Supplier<PendingReplies>) () ->
                        new JdbcPendingReplies(new JdbcTemplate(Databases.postgres()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void eachPersonsRepliesComeBackWholeInTheOrderQueuedUntilSent(String name, Supplier<PendingReplies> store) {
        PendingReplies pending = store.get();
        var jeanne = InboundMapper.keyOf("6180230961927584");
        var paul = InboundMapper.keyOf("6180230961927585");
        Reply question = new Reply("(2/5) Adresse email du compte", List.of(new Choice("skip", "Passer")),
                List.of(new Link("Aide", "https://www.facebook.com/help")),
                List.of(new FileRef("f1", "demande.eml", "message/rfc822", 900)), Expects.TEXT, true, InputHint.EMAIL);
        pending.add(jeanne, List.of(Reply.text("Noté : https://www.facebook.com/jeanne.martin « é ✓ 😱 »"), question),
                PendingReplies.Kind.RESPONSE, AT);
        pending.add(paul, List.of(Reply.text("Bonjour")), PendingReplies.Kind.UPDATE, AT);
        pending.add(jeanne, List.of(Reply.text("Camille vous répond")), PendingReplies.Kind.AGENT, AT.plusSeconds(1));

        List<PendingReplies.Entry> waiting = pending.pending(jeanne);
        assertThat(waiting).extracting(PendingReplies.Entry::reply).containsExactly(
                Reply.text("Noté : https://www.facebook.com/jeanne.martin « é ✓ 😱 »"), question, Reply.text("Camille vous répond"));
        assertThat(waiting).extracting(PendingReplies.Entry::kind).containsExactly(PendingReplies.Kind.RESPONSE,
                PendingReplies.Kind.RESPONSE, PendingReplies.Kind.AGENT);
        assertThat(pending.waiting("messenger")).containsExactlyInAnyOrder(jeanne, paul);

        pending.sent(waiting.get(0).id());
        assertThat(pending.pending(jeanne)).extracting(PendingReplies.Entry::reply)
                .containsExactly(question, Reply.text("Camille vous répond"));
        pending.sent(pending.pending(paul).get(0).id());
        assertThat(pending.waiting("messenger")).containsExactly(jeanne);

        pending.erase(jeanne);
        assertThat(pending.pending(jeanne)).isEmpty();
        assertThat(pending.waiting("messenger")).isEmpty();
    }
}
