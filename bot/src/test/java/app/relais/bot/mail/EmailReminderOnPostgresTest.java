package app.relais.bot.mail;

import app.relais.bot.store.Databases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The reminder by email on PostgreSQL (an embedded server, a fresh database). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.session-secret=email-pg-test-secret-email-pg-test-secret",
        "relais.data-dir=./target/email-pg-data"})
@Import(EmailReminderJourney.Time.class)
class EmailReminderOnPostgresTest extends EmailReminderJourney {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        smtp(registry);
        String url = Databases.newPostgresUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
    }
}
