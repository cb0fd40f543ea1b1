package app.relais.outage;

import app.relais.catalog.LocalizedText;
import java.util.Objects;

/** One way customers reach the business (Messenger, email, phone, website...). */
public record BusinessChannel(String id, LocalizedText label) {

    public BusinessChannel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (!id.matches("[a-z0-9-]{2,32}")) {
            throw new IllegalArgumentException("channel id must be 2-32 of a-z, 0-9, '-': " + id);
        }
    }
}
