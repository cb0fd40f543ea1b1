package app.relais.webchat.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedOriginsTest {

    @Test
    void anyPortIsWrittenTheWayPeopleWriteIt() {
        assertThat(AllowedOrigins.patterns(List.of("http://localhost:*", " https://shop.example ", "")))
                .containsExactly("http://localhost:[*]", "https://shop.example");
    }
}
