package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * One way to reach a platform's support for a problem. {@code official} says whether the platform
 * itself documents it; {@code source} and {@code confidence} say where the fact comes from, so the
 * bot can be honest about addresses that are only reported by third parties.
 */
public record SupportChannel(@JsonProperty(required = true) ChannelKind kind,
                             @JsonProperty(required = true) boolean official,
                             @JsonProperty(required = true) LocalizedText label,
                             String url,
                             String address,
                             LocalizedText path,
                             @JsonProperty(required = true) LocalizedText why,
                             DelayEstimate delay,
                             @JsonProperty(required = true) String source,
                             @JsonProperty(required = true) Confidence confidence) {

    public SupportChannel {
        if (kind == ChannelKind.EMAIL && (address == null || !address.matches("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}"))) {
            throw new IllegalArgumentException("an email channel needs a valid 'address'");
        }
        if ((kind == ChannelKind.OFFICIAL_PAGE || kind == ChannelKind.FORM || kind == ChannelKind.LEGAL)
                && (url == null || !url.startsWith("https://"))) {
            throw new IllegalArgumentException("a " + kind + " channel needs an https 'url'");
        }
        if (kind == ChannelKind.EMAIL && official && confidence == Confidence.LOW) {
            // An address only third parties report must never be presented as the platform's own.
            throw new IllegalArgumentException("an email channel with confidence 'low' cannot be 'official: true'");
        }
        if (url != null && !url.startsWith("https://")) {
            throw new IllegalArgumentException("'url' must start with https://");
        }
        if (kind == ChannelKind.LEGAL && official) {
            // A dispute body or an authority is not the platform's own channel, whoever documents it.
            throw new IllegalArgumentException("a legal channel is outside the platform: it cannot be 'official: true'");
        }
        if (kind == ChannelKind.EMAIL && why != null && speaksOfDocumentation(why)) {
            // The bot says it from 'official' wherever it shows an address; said twice, it reads as a stammer.
            throw new IllegalArgumentException("an email channel's 'why' must not say whether the address is documented:"
                    + " the bot says it from 'official'");
        }
        if (kind == ChannelKind.IN_APP && path == null) {
            throw new IllegalArgumentException("an in-app channel needs a 'path'");
        }
    }

    private static boolean speaksOfDocumentation(LocalizedText why) {
        return (why.fr() != null && why.fr().toLowerCase(Locale.ROOT).contains("documenté"))
                || (why.en() != null && why.en().toLowerCase(Locale.ROOT).matches(".*\\bdocument(s|ed)?\\b.*"));
    }

    public boolean isEmail() {
        return kind == ChannelKind.EMAIL;
    }

    public boolean isLegal() {
        return kind == ChannelKind.LEGAL;
    }
}
