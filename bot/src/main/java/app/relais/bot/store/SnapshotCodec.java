package app.relais.bot.store;

import app.relais.store.CaseData;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A conversation's data as JSON. Unknown fields are ignored so that an older instance reads what a
 * newer one wrote during a rolling deploy.
 */
final class SnapshotCodec {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String write(CaseData data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a conversation cannot be written as JSON", e);
        }
    }

    CaseData read(String text) {
        try {
            return json.readValue(text, CaseData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored conversation is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
