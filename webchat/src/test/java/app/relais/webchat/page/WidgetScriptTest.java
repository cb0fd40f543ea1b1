package app.relais.webchat.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** What a site pays for embedding the widget, and what the script may never do. */
class WidgetScriptTest {

    private static final int MAX_GZIPPED_BYTES = 30 * 1024;

    @Test
    void theWidgetWeighsAtMost30KilobytesGzipped() throws IOException {
        byte[] script = widget();
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(script);
        }
        assertThat(zipped.size()).as("widget.js gzipped (raw %d bytes)", script.length)
                .isLessThanOrEqualTo(MAX_GZIPPED_BYTES);
    }

    @Test
    void theWidgetNamesNoOtherServerThanTheOneItCameFrom() throws IOException {
        String script = new String(widget(), StandardCharsets.UTF_8);
        Matcher urls = Pattern.compile("(?:https?:)?//[a-z0-9.-]+\\.[a-z]{2,}[^\\s'\")]*").matcher(script);
        while (urls.find()) {
            // The SVG namespace is a name, not a request.
            assertThat(urls.group()).isEqualTo("http://www.w3.org/2000/svg");
        }
        assertThat(script).doesNotContain("innerHTML", "insertAdjacentHTML", "outerHTML", "document.write", "eval(");
    }

    private static byte[] widget() throws IOException {
        try (InputStream in = WidgetScriptTest.class.getResourceAsStream("/static/widget.js")) {
            assertThat(in).as("static/widget.js on the classpath").isNotNull();
            return in.readAllBytes();
        }
    }
}
