package app.relais.webchat.socket;

import app.relais.webchat.testing.ChatClient;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** New sessions per address are limited (RELAIS_LIMITS_SESSIONS_PER_IP_PER_MINUTE); messages per address never are. */
@TestPropertySource("classpath:webchat-test.properties")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "relais.limits.sessions-per-ip-per-minute=2")
class SessionsPerAddressTest {

    @LocalServerPort
    int port;

    @Test
    void theThirdNewSessionFromOneAddressWithinAMinuteIsRefused() {
        URI base = URI.create("http://127.0.0.1:" + port);
        try (ChatClient one = ChatClient.connect(base); ChatClient two = ChatClient.connect(base);
             ChatClient three = ChatClient.connect(base)) {
            one.hello().expect("Relais");
            two.hello().expect("Relais");
            three.hello().expectError("rate_limited");
            String token = one.token();
            try (ChatClient resumed = ChatClient.connect(base)) {
                resumed.hello(token);
                one.say("/help").expect("/back");
            }
        }
    }
}
