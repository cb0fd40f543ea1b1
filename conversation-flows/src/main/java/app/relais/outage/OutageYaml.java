package app.relais.outage;

import app.relais.catalog.CatalogException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the outage data files (business profile, FAQ) strictly, as the catalog is read: unknown
 * or missing keys and broken rules stop the start with the file, the line and what is wrong.
 */
final class OutageYaml {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private OutageYaml() {
    }

    static <T> T read(ClassLoader loader, String resource, Class<T> type) {
        String text;
        try (InputStream in = loader.getResourceAsStream(resource)) {
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
            JsonLocation at = e.getLocation();
            String line = at == null || at.getLineNr() < 0 ? "" : ", line " + at.getLineNr();
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            String why = cause instanceof JsonProcessingException j ? j.getOriginalMessage() : cause.getMessage();
            throw new CatalogException(resource + line + ": " + (why == null ? cause : why.lines().findFirst().orElse(why)), e);
        }
    }

    /** The business profile, {@code outage/business.yml}. */
    static BusinessProfile business(ClassLoader loader, String resource) {
        return read(loader, resource, BusinessProfile.class);
    }
}
