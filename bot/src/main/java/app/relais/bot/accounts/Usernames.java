package app.relais.bot.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

/** User names: what people type to sign in, compared without case; display names: what customers see. */
final class Usernames {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{1,99}");

    private Usernames() {
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** A user name to create: 2-100 of letters, digits and {@code . _ @ + -} (an email address fits). */
    static String valid(String username) {
        String normalised = normalise(username);
        if (!USERNAME.matcher(normalised).matches()) {
            throw new InvalidInputException("username");
        }
        return normalised;
    }

    static String displayName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("display-name");
        }
        return name.strip();
    }

    static String language(String language) {
        return "en".equals(language) ? "en" : "fr";
    }
}
