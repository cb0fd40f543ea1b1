package app.relais.webchat.socket;

import java.util.List;

/**
 * {@code RELAIS_ALLOWED_ORIGINS} as Spring origin patterns. People write {@code http://localhost:*}
 * for "any port"; Spring spells that {@code http://localhost:[*]}.
 */
public final class AllowedOrigins {

    private AllowedOrigins() {
    }

    public static String[] patterns(List<String> configured) {
        return configured.stream()
                .map(String::strip)
                .filter(o -> !o.isEmpty())
                .map(o -> o.endsWith(":*") ? o.substring(0, o.length() - 1) + "[*]" : o)
                .toArray(String[]::new);
    }
}
