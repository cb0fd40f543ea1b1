package app.relais.bot.admin;

import app.relais.bot.accounts.Requesters;
import app.relais.catalog.CatalogException;
import app.relais.i18n.Messages;
import app.relais.i18n.Refusal;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the business API (profile, FAQ, incidents, reports) refuses an edit: 400 with
 * {@code {"error": "<code>", "message": "<why>"}}, the reason in the language of the person signed
 * in to the desk (their account's), in English for a token. Nothing was saved.
 */
@RestControllerAdvice(basePackageClasses = AdminRefusals.class)
class AdminRefusals {

    /** Absent in web slices without accounts (a test of one controller): the reasons are then English. */
    private final ObjectProvider<Requesters> requesters;

    AdminRefusals(ObjectProvider<Requesters> requesters) {
        this.requesters = requesters;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<Map<String, String>> refused(Refusal e) {
        return ResponseEntity.badRequest().body(Map.of("error", "refused." + e.key(), "message", e.in(readerTexts())));
    }

    /** Input no sentence was written for (a malformed value deep in a library): said as it is. */
    @ExceptionHandler({IllegalArgumentException.class, CatalogException.class})
    ResponseEntity<Map<String, String>> invalid(RuntimeException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid", "message", String.valueOf(e.getMessage())));
    }

    private Messages readerTexts() {
        Requesters people = requesters.getIfAvailable();
        try {
            return people != null && people.current() instanceof Requesters.Person person
                    ? Messages.of(person.account().language()) : Messages.of(Messages.ENGLISH);
        } catch (AuthenticationException notSignedIn) {
            return Messages.of(Messages.ENGLISH);
        }
    }
}
