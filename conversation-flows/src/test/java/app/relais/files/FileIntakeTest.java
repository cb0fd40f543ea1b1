package app.relais.files;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.ConversationKey;
import app.relais.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Files are judged by their content, not their name, and kept with their provenance. */
class FileIntakeTest {

    private static final ConversationKey OWNER = new ConversationKey("telegram", "42");
    private static final Instant NOW = Instant.parse("2026-11-21T20:00:00Z");

    private final InMemoryFileStore store = new InMemoryFileStore(Clock.fixed(NOW, ZoneOffset.UTC));
    private final FileIntake intake = new FileIntake(store);

    @Test
    void anExecutableRenamedPngIsRefused() {
        FileIntake.Outcome outcome = intake.accept(OWNER, "screenshot.png", fixture("fake-screenshot.png"));
        assertThat(outcome).isInstanceOfSatisfying(FileIntake.UnsupportedType.class,
                refused -> assertThat(refused.detectedMime()).isNotIn("image/png", "application/pdf"));
        assertThat(store.ownedBy(OWNER)).isEmpty();
        assertThat(FileIntake.refusal(outcome, Messages.of("fr"))).contains("des images").contains("des PDF");
    }

    @Test
    void aPngRenamedPdfIsKeptAsThePngItIs() {
        byte[] png = fixture("screenshot-renamed.pdf");
        FileIntake.Outcome outcome = intake.accept(OWNER, "notice.pdf", png);
        assertThat(outcome).isInstanceOfSatisfying(FileIntake.Accepted.class, accepted -> {
            assertThat(accepted.file().mime()).isEqualTo("image/png");
            assertThat(accepted.file().name()).isEqualTo("notice.png");
            assertThat(accepted.file().originalName()).isEqualTo("notice.pdf");
        });
    }

    @Test
    void aPdfIsAcceptedWithItsProvenance() {
        byte[] pdf = fixture("notice.pdf");
        FileIntake.Accepted accepted = (FileIntake.Accepted) intake.accept(OWNER, "Notification Meta.pdf", pdf);
        StoredFile file = accepted.file();
        assertThat(file.mime()).isEqualTo("application/pdf");
        assertThat(file.size()).isEqualTo(pdf.length);
        assertThat(file.sha256()).isEqualTo(Sha256.hex(pdf)).hasSize(64);
        assertThat(file.receivedAt()).isEqualTo(NOW);
        assertThat(file.channel()).isEqualTo("telegram");
        assertThat(file.generated()).isFalse();
        assertThat(store.content(file.id())).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(pdf));
    }

    @Test
    void aFileOverTenMebibytesIsRefusedBeforeAnythingIsStored() {
        byte[] png = fixture("screenshot.png");
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(png, 0, big, 0, png.length);
        FileIntake.Outcome outcome = intake.accept(OWNER, "huge.png", big);
        assertThat(outcome).isEqualTo(new FileIntake.TooLarge(big.length, FileIntake.MAX_BYTES));
        assertThat(store.ownedBy(OWNER)).isEmpty();
        assertThat(FileIntake.refusal(outcome, Messages.of("fr"))).startsWith("Ce fichier fait 11 Mo : la limite est de 10 Mo");
        assertThat(FileIntake.refusal(outcome, Messages.of("en"))).startsWith("This file is 11 MB: the limit is 10 MB");
    }

    @Test
    void aNameWithAPathInItIsStoredWithoutThePath() {
        FileIntake.Accepted accepted = (FileIntake.Accepted) intake.accept(OWNER, "../../etc/cron.d/evil.png\r\n",
                fixture("screenshot.png"));
        assertThat(accepted.file().name()).isEqualTo("evil.png");
        assertThat(accepted.file().originalName()).isEqualTo("../../etc/cron.d/evil.png");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(intake.accept(OWNER, "empty.png", new byte[0])).isInstanceOf(FileIntake.UnsupportedType.class);
    }

    static byte[] fixture(String name) {
        try (InputStream in = FileIntakeTest.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
