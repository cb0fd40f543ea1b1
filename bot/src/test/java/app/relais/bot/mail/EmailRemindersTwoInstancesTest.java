package app.relais.bot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.bot.store.Databases;
import app.relais.bot.store.GroupCommit;
import app.relais.bot.store.JdbcConversationStore;
import app.relais.bot.store.JdbcEmailReminderStore;
import app.relais.bot.store.JdbcFileStore;
import app.relais.conversation.ConversationKey;
import app.relais.core.RelaisCore;
import app.relais.testing.Conversation;
import app.relais.testing.InMemoryChannel;
import app.relais.testing.MutableClock;
import app.relais.testing.TestRelais;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Two instances of Relais on one PostgreSQL, both polling at the same moment: every reminder email
 * reaches the SMTP server (GreenMail, read back) exactly once.
 */
class EmailRemindersTwoInstancesTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MutableClock clock = MutableClock.at("2026-11-21T08:00:00Z");
    private final DataSource database = Databases.postgres();

    /** One instance: its own engine and writer over the shared database and SMTP server. */
    private TestRelais instance() {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        GroupCommit writes = new GroupCommit(database);
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(SMTP.getSmtp().getPort());
        TestRelais relais = new TestRelais(clock, RelaisCore.builder().zone(PARIS)
                .conversations(new JdbcConversationStore(jdbc, writes))
                .files(new JdbcFileStore(jdbc, writes, clock))
                .emailReminders(new JdbcEmailReminderStore(jdbc, writes))
                .emailSender(new SmtpEmailSender(smtp, "Relais <relais@relais.test>", URI.create("https://relais.test"),
                        clock)));
        relais.core().registerGateway(InMemoryChannel.page(PARIS));
        return relais;
    }

    @Test
    void eachStepEmailLeavesOnceWhenBothInstancesPollTogether() throws Exception {
        TestRelais first = instance();
        TestRelais second = instance();
        int managers = 6;
        for (int i = 0; i < managers; i++) {
            TestRelais on = i % 2 == 0 ? first : second;
            Conversation manager = on.conversation(new ConversationKey(InMemoryChannel.PAGE, UUID.randomUUID().toString()),
                    Locale.FRANCE);
            manager.command("start", "crisis").tap("C’est confirmé : panne générale").tap("Continuer sans déclarer")
                    .tap("Voir les messages à publier").tap("Je le publierai plus tard")
                    .send("cm" + i + "@boutique.test");
        }
        clock.advance(Duration.ofHours(3));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch together = new CountDownLatch(1);
        List<Future<Integer>> polls = new ArrayList<>();
        for (TestRelais instance : List.of(first, second)) {
            polls.add(pool.submit(() -> {
                together.await();
                return instance.core().emailReminders().fireDue();
            }));
        }
        together.countDown();
        int sent = 0;
        for (Future<Integer> poll : polls) {
            sent += poll.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(sent).isEqualTo(managers * 3);
        assertThat(SMTP.waitForIncomingEmail(10_000, managers * 3)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(managers * 3);
        Map<String, Long> perAddress = Arrays.stream(received).map(EmailRemindersTwoInstancesTest::recipient)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perAddress).hasSize(managers).allSatisfy((address, count) -> assertThat(count).isEqualTo(3));
        assertThat(first.core().emailReminders().fireDue() + second.core().emailReminders().fireDue()).isZero();
    }

    private static String recipient(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
