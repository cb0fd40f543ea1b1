package app.relais.bot.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.store.Databases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** When each person last wrote and the list they were last shown, the same on both databases and in memory. */
class ContactsContractTest {

    private static final Instant AT = Instant.parse("2026-11-21T20:00:00Z");

    static Stream<Arguments> stores() {
        return Stream.of(Arguments.of("in memory", (Supplier<Contacts>) InMemoryContacts::new),
                Arguments.of("H2", (Supplier<Contacts>) () -> new JdbcContacts(new JdbcTemplate(Databases.h2()))),
                Arguments.of("PostgreSQL", (Supplier<Contacts>) () -> new JdbcContacts(new JdbcTemplate(Databases.postgres()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void theLastMessageTimeOnlyMovesForwardAndTheNumberedListIsKeptBesideIt(String name, Supplier<Contacts> store) {
        Contacts contacts = store.get();
        contacts.wrote("6180230961927584", AT);
        contacts.numbered("6180230961927584", List.of("outcome.recover", "outcome.other"));
        // Meta delivered an older event late: the window still counts from the newest.
        contacts.wrote("6180230961927584", AT.minusSeconds(30));

        assertThat(contacts.find("6180230961927584")).hasValue(new Contacts.Contact("6180230961927584", AT,
                List.of("outcome.recover", "outcome.other")));

        contacts.wrote("6180230961927584", AT.plusSeconds(30));
        contacts.numbered("6180230961927584", List.of());
        assertThat(contacts.find("6180230961927584")).hasValue(new Contacts.Contact("6180230961927584",
                AT.plusSeconds(30), List.of()));
        assertThat(contacts.find("7000")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void peopleSilentPastTheLastWindowAreForgotten(String name, Supplier<Contacts> store) {
        Contacts contacts = store.get();
        contacts.wrote("1001", AT.minus(Duration.ofDays(9)));
        contacts.wrote("1002", AT.minus(Duration.ofDays(2)));
        contacts.numbered("1003", List.of("a"));

        assertThat(contacts.forgetIdleSince(AT.minus(Duration.ofDays(8)))).isEqualTo(2);
        assertThat(contacts.find("1002")).isPresent();
        assertThat(contacts.find("1001")).isEmpty();
    }
}
