package app.relais.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;

/** A text in French and English; both are required so no user ever meets a missing sentence. */
public record LocalizedText(String fr, String en) {

    public LocalizedText {
        if (fr == null || fr.isBlank() || en == null || en.isBlank()) {
            throw new IllegalArgumentException("a text needs both 'fr' and 'en'");
        }
    }

    @JsonCreator
    static LocalizedText fromMap(Map<String, String> byLanguage) {
        if (byLanguage == null) {
            throw new IllegalArgumentException("a text needs both 'fr' and 'en'");
        }
        for (String language : byLanguage.keySet()) {
            if (!language.equals("fr") && !language.equals("en")) {
                throw new IllegalArgumentException("unknown language '" + language + "' (fr or en)");
            }
        }
        return new LocalizedText(byLanguage.get("fr"), byLanguage.get("en"));
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : fr;
    }

    @JsonValue
    Map<String, String> asMap() {
        return Map.of("fr", fr, "en", en);
    }
}
