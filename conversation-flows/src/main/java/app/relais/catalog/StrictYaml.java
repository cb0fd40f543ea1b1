package app.relais.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads Relais' data files (catalog, business profile, FAQ) strictly: unknown keys, missing keys,
 * wrong types and broken rules all fail, and the failure names the file, the line of the faulty
 * node and what is wrong, so a broken file stops the start with a message that says where to look.
 */
public final class StrictYaml {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private StrictYaml() {
    }

    public static <T> T read(ClassLoader classLoader, String resource, Class<T> type) {
        String text;
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CatalogException(resource + ": file not found on the classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogException(resource + ": cannot be read: " + e.getMessage(), e);
        }
        try {
            return YAML.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new CatalogException(describe(resource, text, e), e);
        }
    }

    private static String describe(String resource, String text, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int lineNr = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? YamlLines.lineOf(text, m.getPath()) : at == null ? -1 : at.getLineNr();
        String line = lineNr < 0 ? "" : ", line " + lineNr;
        String path = e instanceof JsonMappingException m ? " at " + pathOf(m) : "";
        return resource + line + path + ": " + rootMessage(e);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(top)" : path.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause instanceof JsonProcessingException j ? j.getOriginalMessage() : cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
