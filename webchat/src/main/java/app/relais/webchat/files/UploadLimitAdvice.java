package app.relais.webchat.files;

import app.relais.i18n.Messages;
import app.relais.webchat.ChatLanguage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A body far over the limit is refused by the multipart parser before any controller runs (so
 * this advice cannot be scoped to one controller); it still gets the 413 and sentence an upload
 * just over the limit gets.
 */
@RestControllerAdvice
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> tooLarge(HttpServletRequest request) {
        return UploadController.tooLarge(Messages.of(
                ChatLanguage.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))));
    }
}
