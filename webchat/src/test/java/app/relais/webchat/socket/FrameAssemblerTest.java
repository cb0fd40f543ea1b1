package app.relais.webchat.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A frame that arrives in parts is joined; one over the limit is refused without being kept. */
class FrameAssemblerTest {

    private final FrameAssembler assembler = new FrameAssembler(16);

    @Test
    void joinsThePartsOfOneFrame() {
        assertThat(assembler.add("{\"type\":", 8, false)).isNull();
        assertThat(assembler.add("\"ping\"}", 7, true)).isEqualTo("{\"type\":\"ping\"}");
    }

    @Test
    void refusesAFrameOverTheLimitAndReadsTheNextOne() {
        assertThat(assembler.add("x".repeat(10), 10, false)).isNull();
        assertThat(assembler.add("x".repeat(10), 10, false)).isNull();
        assertThatThrownBy(() -> assembler.add("x", 1, true))
                .isInstanceOfSatisfying(FrameRejected.class,
                        r -> assertThat(r.messageKey()).isEqualTo("webchat.error.frame-too-large"));
        assertThat(assembler.add("{}", 2, true)).isEqualTo("{}");
    }
}
