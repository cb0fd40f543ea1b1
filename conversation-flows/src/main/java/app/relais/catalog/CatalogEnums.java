package app.relais.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads an enum value written in YAML as lower-case-with-dashes, with a message that lists the valid ones. */
public final class CatalogEnums {

    private CatalogEnums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        String name = text == null ? "" : text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        String valid = Arrays.stream(type.getEnumConstants())
                .map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + what + " '" + text + "' (" + valid + ")");
    }
}
