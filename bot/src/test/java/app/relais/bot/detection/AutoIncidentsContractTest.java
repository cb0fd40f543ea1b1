package app.relais.bot.detection;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.store.Databases;
import app.relais.catalog.LocalizedText;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** What Relais remembers of the incidents it declared, the same on both databases and in memory. */
class AutoIncidentsContractTest {

    private static final Instant AT = Instant.parse("2026-11-21T20:00:00Z");

    static Stream<Arguments> stores() {
        return Stream.of(Arguments.of("in memory", (Supplier<AutoIncidents>) InMemoryAutoIncidents::new),
                Arguments.of("H2", (Supplier<AutoIncidents>) () -> new JdbcAutoIncidents(new JdbcTemplate(Databases.h2()))),
                Arguments.of("PostgreSQL", (Supplier<AutoIncidents>) () ->
                        new JdbcAutoIncidents(new JdbcTemplate(Databases.postgres()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aDetectedIncidentIsConfirmedOnceAndAnIncidentDeclaredByHandIsUnknown(String name, Supplier<AutoIncidents> store) {
        AutoIncidents autos = store.get();
        autos.detected("inc-1", "messenger", AT);
        autos.detected("inc-1", "messenger", AT.plusSeconds(5));

        assertThat(autos.find("inc-1")).hasValue(new AutoIncidents.Detected("inc-1", "messenger", AT, null, null));
        assertThat(autos.find("inc-by-hand")).isEmpty();
        assertThat(autos.automatic(java.util.List.of("inc-1", "inc-by-hand"))).containsExactly("inc-1");
        assertThat(autos.automatic(java.util.List.of())).isEmpty();
        assertThat(autos.confirm("inc-by-hand", "Camille", AT)).isFalse();

        assertThat(autos.confirm("inc-1", "Camille", AT.plusSeconds(60))).isTrue();
        assertThat(autos.confirm("inc-1", "Yanis", AT.plusSeconds(90))).isTrue();
        assertThat(autos.find("inc-1")).hasValueSatisfying(d -> {
            assertThat(d.confirmedBy()).isEqualTo("Camille");
            assertThat(d.confirmedAt()).isEqualTo(AT.plusSeconds(60));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void theEndMessageWrittenInAdvanceIsKeptPerChannelAndCanBeRewritten(String name, Supplier<AutoIncidents> store) {
        AutoIncidents autos = store.get();
        assertThat(autos.recoveryMessage("messenger")).isEmpty();

        autos.recoveryMessage("messenger", new LocalizedText("C’est réparé « enfin ».", "Fixed at last."));
        autos.recoveryMessage("messenger", new LocalizedText("Messenger refonctionne.", "Messenger works again."));

        assertThat(autos.recoveryMessage("messenger"))
                .hasValue(new LocalizedText("Messenger refonctionne.", "Messenger works again."));
        assertThat(autos.recoveryMessage("email")).isEmpty();
    }
}
