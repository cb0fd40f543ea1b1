package app.relais.bot.accounts;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the admin API refuses input, for every controller: 400 with a code the desk translates, or
 * 401 when the account behind a session was disabled a moment ago.
 */
@RestControllerAdvice(basePackages = "app.relais.bot")
class AdminApiErrors {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, String>> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.code()));
    }

    @ExceptionHandler(InsufficientAuthenticationException.class)
    ResponseEntity<Map<String, String>> gone(InsufficientAuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "unauthorized"));
    }
}
