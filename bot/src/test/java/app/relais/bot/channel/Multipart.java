package app.relais.bot.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a multipart/form-data body (what the client sends for sendDocument) into JSON: text
 * fields as they are (reply_markup parsed), file fields as {@code {file_name, size, content}}.
 */
public final class Multipart {

    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    private Multipart() {
    }

    public static ObjectNode parse(byte[] body, String contentType, ObjectMapper json) throws IOException {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
        // ISO-8859-1 maps each byte to one char, so binary parts survive the round trip.
        String all = new String(body, StandardCharsets.ISO_8859_1);
        ObjectNode out = json.createObjectNode();
        for (String part : all.split(Pattern.quote(boundary))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headersEnd);
            String content = part.substring(headersEnd + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            Matcher name = NAME.matcher(headers);
            if (!name.find()) {
                continue;
            }
            Matcher filename = FILENAME.matcher(headers);
            byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
            if (filename.find()) {
                ObjectNode file = out.putObject(name.group(1));
                file.put("file_name", new String(filename.group(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
                file.put("size", bytes.length);
                file.put("content", bytes);
            } else {
                String value = new String(bytes, StandardCharsets.UTF_8);
                if (value.startsWith("{")) {
                    out.set(name.group(1), json.readTree(value));
                } else {
                    out.put(name.group(1), value);
                }
            }
        }
        return out;
    }
}
