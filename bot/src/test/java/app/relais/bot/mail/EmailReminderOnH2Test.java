package app.relais.bot.mail;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The reminder by email on the embedded H2 database (one instance, the default). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "relais.session-secret=email-h2-test-secret-email-h2-test-secret",
        "spring.datasource.url=jdbc:h2:mem:email-reminders;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "relais.data-dir=./target/email-h2-data"})
@Import(EmailReminderJourney.Time.class)
class EmailReminderOnH2Test extends EmailReminderJourney {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        smtp(registry);
    }
}
