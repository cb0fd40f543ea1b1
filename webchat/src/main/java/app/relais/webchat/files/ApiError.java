package app.relais.webchat.files;

import app.relais.webchat.ErrorCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An HTTP error body: {@code {"error":"too_large","message":"<in the user's language>"}}. */
record ApiError(String error, String message) {

    static ResponseEntity<Object> respond(HttpStatus status, ErrorCode code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(code.wireName(), message));
    }
}
