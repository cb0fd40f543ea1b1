package app.relais.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.conversation.ConversationKey;
import app.relais.files.InMemoryFileStore;
import app.relais.store.CaseData;
import app.relais.testing.HostileText;
import app.relais.testing.MutableClock;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the user typed, the request leaves safely: subjects are one bounded line without control
 * characters (never a header of their own), {@code mailto:} links decode back to the same subject
 * and body, and the {@code .eml} opens in a mail reader with the same subject and body.
 */
class DraftOutputProperties {

    private static final ConversationKey OWNER = new ConversationKey("memory", "draft-properties");
    private static final String NOTICE = "(texte raccourci : collez le texte complet)";

    private final MutableClock clock = MutableClock.at("2026-11-21T20:00:00Z");
    private final InMemoryFileStore files = new InMemoryFileStore(clock);
    private final DraftBuilder builder = new DraftBuilder(files);

    @Property(tries = 500)
    void headerTextIsOneBoundedLineWithoutControlsAndStable(@ForAll("anyText") String text,
                                                            @ForAll("caps") int max) {
        String line = HeaderText.oneLine(text, max);
        assertSafeHeader(line, max);
        assertThat(HeaderText.oneLine(line, max)).isEqualTo(line);
    }

    @Property(tries = 300)
    void headerTextNeverCutsAnEmojiInHalf(@ForAll("text") String text, @ForAll("caps") int max) {
        String line = HeaderText.oneLine(text, max);
        assertThat(line.codePoints()).noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
    }

    @Property(tries = 200)
    void theSubjectIsSafeWhateverTheUserWrote(@ForAll("anyText") String facts, @ForAll("anyText") String subject,
                                             @ForAll("problems") String problem) {
        CaseData data = Cases.bannedNumber().withAnswer(DraftBuilder.FACTS, facts).withAnswer(DraftBuilder.IMPACT, facts)
                .withAnswer(DraftSection.SUBJECT.answerKey(), subject);
        DraftEmail draft = builder.build(Cases.problem(problem), data);
        assertSafeHeader(draft.subject(), HeaderText.MAX_SUBJECT);
        DraftEmail untouched = builder.build(Cases.problem(problem), Cases.removedPost().withAnswer(DraftBuilder.FACTS, facts));
        assertSafeHeader(untouched.subject(), HeaderText.MAX_SUBJECT);
    }

    @Property(tries = 300)
    void aMailtoLinkDecodesBackToTheSubjectAndBody(@ForAll("text") String subject, @ForAll("text") String body) {
        Mailto.Link link = Mailto.of("abuse@facebook.com", subject, body, NOTICE);
        assertThat(link.url()).hasSizeLessThanOrEqualTo(Mailto.MAX_LENGTH).startsWith("mailto:abuse@facebook.com?subject=")
                .doesNotContain("\r", "\n", " ", "#");
        Map<String, String> fields = fields(link.url());
        assertThat(fields.keySet()).containsExactly("subject", "body");
        assertThat(fields.get("subject")).isEqualTo(HeaderText.oneLine(subject, HeaderText.MAX_SUBJECT));
        String crlf = body.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
        if (link.shortened()) {
            assertThat(fields.get("body")).endsWith(NOTICE);
            String kept = fields.get("body").substring(0, fields.get("body").length() - NOTICE.length()).strip();
            assertThat(crlf).startsWith(kept);
        } else {
            assertThat(fields.get("body")).isEqualTo(crlf);
        }
    }

    @Property(tries = 150)
    void theEmlOpensWithTheSameSubjectAndBody(@ForAll("text") String facts, @ForAll("text") String subject)
            throws Exception {
        CaseData data = Cases.bannedNumber().withAnswer(DraftBuilder.FACTS, facts)
                .withAnswer(DraftSection.SUBJECT.answerKey(), subject);
        DraftEmail draft = builder.build(Cases.problem("whatsapp/account-banned"), data);
        EmlWriter.Eml eml = new EmlWriter(files, clock).write(OWNER, draft, "demande.eml");
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(files.content(eml.file().fileId()).orElseThrow()));
        assertThat(message.getHeader("Subject")).hasSize(1);
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getSubject()).isEqualTo(draft.subject());
        assertThat(message.getContent()).isEqualTo(draft.body().replace("\r\n", "\n").replace("\n", "\r\n"));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(HostileText.any(16), HostileText.huge(2000));
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(HostileText.wellFormed(16), HostileText.huge(1500));
    }

    @Provide
    Arbitrary<Integer> caps() {
        return Arbitraries.of(1, 2, 10, HeaderText.MAX_SUBJECT);
    }

    @Provide
    Arbitrary<String> problems() {
        return Arbitraries.of("whatsapp/account-banned", "facebook/content-removed");
    }

    private static void assertSafeHeader(String line, int max) {
        assertThat(line).doesNotContain("\r", "\n", "\u0085", "\u2028", "\u2029").doesNotContainPattern("\\p{Cntrl}");
        assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(max);
        assertThat(line).isEqualTo(line.strip());
    }

    private static Map<String, String> fields(String url) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            int equals = pair.indexOf('=');
            // RFC 6068 encodes '+' as %2B, so a literal '+' never appears; decode it as itself, not a space.
            fields.put(pair.substring(0, equals),
                    URLDecoder.decode(pair.substring(equals + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
