package app.relais.bot.accounts;

import java.nio.charset.StandardCharsets;

/**
 * What a password must be: at least 10 characters (length is what makes a password hard to
 * guess, NIST SP 800-63B), at most 64 and 72 bytes (bcrypt reads no further), and not the user
 * name.
 */
final class Passwords {

    static final int MIN = 10;
    static final int MAX = 64;

    private Passwords() {
    }

    static String valid(String password, String username) {
        if (password == null || password.length() < MIN) {
            throw new InvalidInputException("password-short");
        }
        if (password.length() > MAX || password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw new InvalidInputException("password-long");
        }
        if (password.strip().equalsIgnoreCase(username)) {
            throw new InvalidInputException("password-username");
        }
        return password;
    }
}
