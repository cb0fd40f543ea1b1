package app.relais.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** mailto: links per RFC 6068, decoded back the way a mail app reads them. */
class MailtoTest {

    private static final String NOTICE = "[shortened]";

    @Test
    void subjectAndBodyRoundTripWithAccentsReservedCharactersAndLineBreaks() {
        String subject = "Réexamen & appel = 100% #urgent +33 ?";
        String body = "Bonjour,\n\nJ’ai perdu 200 € ; voir https://x.test/?a=1&b=2#c\nMerci";

        Mailto.Link link = Mailto.of("support@whatsapp.com", subject, body, NOTICE);

        assertThat(link.shortened()).isFalse();
        assertThat(link.url()).startsWith("mailto:support@whatsapp.com?subject=").doesNotContain(" ").doesNotContain("+");
        Map<String, String> fields = fields(link.url());
        assertThat(fields).containsOnlyKeys("subject", "body");
        assertThat(fields.get("subject")).isEqualTo(subject);
        assertThat(fields.get("body")).isEqualTo(body.replace("\n", "\r\n"));
    }

    @Test
    void aSubjectWithLineBreaksBecomesOneLine() {
        Map<String, String> fields = fields(Mailto.of("a@b.test", "Objet\r\nBcc: x@y", "corps", NOTICE).url());

        assertThat(fields.get("subject")).isEqualTo("Objet Bcc: x@y");
    }

    @Test
    void aLongBodyIsCutAtALineBreakAndSaysSo() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 80; i++) {
            body.append("Ligne ").append(i).append(" : les faits sont précis et datés.\n");
        }

        Mailto.Link link = Mailto.of("a@b.test", "Sujet", body.toString(), NOTICE);

        assertThat(link.shortened()).isTrue();
        assertThat(link.url().length()).isLessThanOrEqualTo(Mailto.MAX_LENGTH);
        String decoded = fields(link.url()).get("body");
        assertThat(decoded).startsWith("Ligne 1 : les faits").endsWith("\r\n\r\n" + NOTICE);
        String kept = decoded.substring(0, decoded.length() - NOTICE.length()).strip();
        assertThat(kept).endsWith("datés.");
        assertThat(body.toString().replace("\n", "\r\n")).startsWith(kept);
    }

    private static Map<String, String> fields(String url) {
        String query = url.substring(url.indexOf('?') + 1);
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            // The link never holds '+', so URLDecoder's form-encoding quirk cannot bite.
            fields.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
