package app.relais.bot.accounts;

/**
 * Input the desk refuses, named by a code the page translates ({@code desk.error.<code>} in the
 * desk bundle): the API answers 400 with {@code {"error": code}}.
 */
public final class InvalidInputException extends RuntimeException {

    private final String code;

    public InvalidInputException(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
