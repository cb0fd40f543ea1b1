package app.relais.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.ConversationKey;
import app.relais.dossier.EvidenceEntry;
import app.relais.files.InMemoryFileStore;
import app.relais.files.StoredFile;
import app.relais.store.CaseData;
import app.relais.testing.MutableClock;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The .eml draft, read back with Jakarta Mail as a mail app would open it. */
class EmlWriterTest {

    private static final ConversationKey OWNER = new ConversationKey("memory", "eml-test");

    private final MutableClock clock = MutableClock.at("2026-11-21T20:00:00Z");
    private final InMemoryFileStore files = new InMemoryFileStore(clock);
    private final DraftBuilder builder = new DraftBuilder(files);

    @Test
    void theDraftOpensAsAnUnsentUtf8MessageWithItsEvidenceAttached() throws Exception {
        byte[] screenshot = fixture("screenshot.png");
        byte[] pdf = fixture("notice.pdf");
        CaseData data = withFiles(Cases.bannedNumber(), files.save(OWNER, "écran d’avertissement.png", "image/png", screenshot));
        DraftEmail draft = builder.build(Cases.problem("whatsapp/account-banned"), data);
        StoredFile extra = files.save(OWNER, "notice.pdf", "application/pdf", pdf);
        draft = new DraftEmail(draft.to(), draft.sections(), List.of(draft.attachments().get(0), extra), draft.language(),
                draft.tone(), draft.signature(), draft.attachmentList());

        EmlWriter.Eml eml = new EmlWriter(files, clock).write(OWNER, draft, "demande.eml");
        MimeMessage message = parse(files.content(eml.file().fileId()).orElseThrow());

        assertThat(eml.leftOut()).isEmpty();
        assertThat(eml.file().mime()).isEqualTo("message/rfc822");
        assertThat(message.getHeader("X-Unsent")).containsExactly("1");
        assertThat(message.getRecipients(MimeMessage.RecipientType.TO)).extracting(Address::toString)
                .containsExactly("support@whatsapp.com");
        assertThat(message.getSentDate().toInstant()).isEqualTo(clock.instant());
        assertThat(message.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(message.getSubject()).isEqualTo("Demande de réexamen du bannissement – +33 6 12 34 56 78");
        assertThat(message.getHeader("Content-Language")).containsExactly("fr");
        assertThat(message.getHeader("Message-ID")).isNull();

        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/mixed");
        assertThat(parts.getCount()).isEqualTo(3);
        BodyPart text = parts.getBodyPart(0);
        assertThat(text.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(text.getContent()).isEqualTo(crlf(draft.body()));
        assertThat((String) text.getContent()).contains("Voici les faits, dans l’ordre")
                .contains("– Capture de l’écran d’avertissement : écran d’avertissement.png");
        assertAttachment(parts.getBodyPart(1), "écran d’avertissement.png", "image/png", screenshot);
        assertAttachment(parts.getBodyPart(2), "notice.pdf", "application/pdf", pdf);
    }

    @Test
    void attachmentsOverTheSizeCapAreLeftOutAndNamed() throws Exception {
        byte[] screenshot = fixture("screenshot.png");
        CaseData data = withFiles(Cases.bannedNumber(), files.save(OWNER, "grande.png", "image/png", screenshot));
        DraftEmail draft = builder.build(Cases.problem("whatsapp/account-banned"), data);

        EmlWriter.Eml eml = new EmlWriter(files, clock, screenshot.length - 1).write(OWNER, draft, "demande.eml");
        MimeMessage message = parse(files.content(eml.file().fileId()).orElseThrow());

        assertThat(eml.leftOut()).containsExactly("grande.png");
        assertThat(message.getContentType()).containsIgnoringCase("text/plain");
        assertThat(message.getContent()).isEqualTo(crlf(draft.body()));
    }

    @Test
    void aSubjectCarryingAHeaderInjectionStaysOneHeader() throws Exception {
        CaseData data = Cases.removedPost().withAnswer(DraftSection.SUBJECT.answerKey(), "Appel\r\nBcc: x@y\nX-Evil: 1");
        DraftEmail draft = builder.build(Cases.problem("facebook/content-removed"), data);

        EmlWriter.Eml eml = new EmlWriter(files, clock).write(OWNER, draft, "demande.eml");
        byte[] raw = files.content(eml.file().fileId()).orElseThrow();
        MimeMessage message = parse(raw);

        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getHeader("X-Evil")).isNull();
        assertThat(message.getRecipients(MimeMessage.RecipientType.BCC)).isNull();
        assertThat(message.getSubject()).isEqualTo("Appel Bcc: x@y X-Evil: 1");
        String headers = new String(raw, StandardCharsets.UTF_8).split("\r\n\r\n", 2)[0];
        assertThat(headers.lines()).noneMatch(line -> line.startsWith("Bcc") || line.startsWith("X-Evil"));
    }

    private static String crlf(String text) {
        return text.replace("\n", "\r\n");
    }

    private static CaseData withFiles(CaseData data, StoredFile file) {
        return data.withEvidence(new EvidenceEntry("ban-screen", null, List.of(file.id()), false, Cases.AT));
    }

    private static void assertAttachment(BodyPart part, String name, String mime, byte[] bytes) throws Exception {
        assertThat(part.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(part.getFileName()).isEqualTo(name);
        assertThat(part.getContentType()).startsWith(mime);
        try (InputStream in = part.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    private static MimeMessage parse(byte[] eml) throws Exception {
        Properties properties = new Properties();
        // RFC 2231 file names are decoded by default; say so for readers of this test.
        properties.setProperty("mail.mime.decodeparameters", "true");
        return new MimeMessage(Session.getInstance(properties), new ByteArrayInputStream(eml));
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = EmlWriterTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }
}
