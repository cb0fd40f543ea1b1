package app.relais.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a platform's {@code paid_support}: a text in both languages, as any catalog text, that the
 * bot says inside its own sentence ("Pour Facebook, la seule offre payante officielle que je
 * connaisse est <i>Meta Verified, un abonnement …</i>."), so it has no final punctuation. The key
 * is optional, but written with nothing after it, it is refused: a text was deleted, which is not
 * the same as a platform without paid support (leave the key out). Failures name the key's line.
 */
final class PaidSupportReader extends StdDeserializer<LocalizedText> {

    PaidSupportReader() {
        super(LocalizedText.class);
    }

    @Override
    public LocalizedText deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        LocalizedText text = context.readValue(parser, LocalizedText.class);
        for (String said : new String[] {text.fr(), text.en()}) {
            if (said.strip().matches("(?s).*[.!?…:;]")) {
                throw new IllegalArgumentException("'paid_support' is said inside a sentence, without final punctuation,"
                        + " not \"" + said + "\"");
            }
        }
        return text;
    }

    @Override
    public LocalizedText getNullValue(DeserializationContext context) throws JsonMappingException {
        throw JsonMappingException.from(context,
                "'paid_support' is empty: give it both 'fr' and 'en', or leave the key out when the platform has no paid support");
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
        return null;
    }
}
