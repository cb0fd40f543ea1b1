package app.relais.webchat.files;

import app.relais.files.FileIntake;
import app.relais.i18n.Messages;
import app.relais.webchat.ChatLanguage;
import app.relais.webchat.ErrorCode;
import app.relais.webchat.WebChat;
import app.relais.webchat.session.SessionTokens;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/uploads}: 201 with the upload id, 401 without a session, 403 with a forged one,
 * 413 over {@link FileIntake#MAX_BYTES}, 415 when the content is neither an image nor a PDF
 * (whatever its name says). Errors carry a sentence in the session's language.
 */
@RestController
class UploadController {

    private final FileIntake intake;
    private final SessionTokens tokens;
    private final ChatLanguage language;

    UploadController(FileIntake intake, SessionTokens tokens, ChatLanguage language) {
        this.intake = intake;
        this.tokens = tokens;
        this.language = language;
    }

    @PostMapping(path = "/api/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> upload(@RequestHeader(name = WebChat.SESSION_HEADER, required = false) String token,
                                  @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
                                  @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        Optional<String> session = tokens.verify(token);
        Messages messages = language.of(session.orElse(null), ChatLanguage.fromAcceptLanguage(acceptLanguage));
        if (token == null || token.isBlank()) {
            return ApiError.respond(HttpStatus.UNAUTHORIZED, ErrorCode.UNKNOWN_SESSION,
                    messages.get("webchat.upload.no-session"));
        }
        if (session.isEmpty()) {
            return ApiError.respond(HttpStatus.FORBIDDEN, ErrorCode.UNKNOWN_SESSION,
                    messages.get("webchat.error.unknown-session"));
        }
        if (file == null || file.isEmpty()) {
            return ApiError.respond(HttpStatus.BAD_REQUEST, ErrorCode.BAD_REQUEST, messages.get("webchat.upload.no-file"));
        }
        if (file.getSize() > FileIntake.MAX_BYTES) {
            return tooLarge(messages);
        }
        FileIntake.Outcome outcome = intake.accept(WebChat.key(session.get()), file.getOriginalFilename(), file.getBytes());
        if (outcome instanceof FileIntake.Accepted accepted) {
            var stored = accepted.file();
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new Upload(stored.id(), stored.name(), stored.size(), stored.mime()));
        }
        if (outcome instanceof FileIntake.TooLarge) {
            return tooLarge(messages);
        }
        return ApiError.respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCode.UNSUPPORTED_TYPE,
                messages.get("webchat.upload.unsupported-type"));
    }

    static ResponseEntity<Object> tooLarge(Messages messages) {
        return ApiError.respond(HttpStatus.PAYLOAD_TOO_LARGE, ErrorCode.TOO_LARGE,
                messages.get("webchat.upload.too-large", FileIntake.MAX_BYTES / (1024 * 1024)));
    }
}
