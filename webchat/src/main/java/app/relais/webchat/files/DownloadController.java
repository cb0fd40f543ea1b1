package app.relais.webchat.files;

import app.relais.files.FileStore;
import app.relais.files.StoredFile;
import app.relais.webchat.WebChat;
import app.relais.webchat.session.SessionTokens;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/files/{id}}: the file, for its own session only: through the signed link the
 * bot frame carried, or with the session token in {@code X-Relais-Session}. Any other request
 * gets 404, so nobody learns whether a file exists. Always a download, never rendered inline.
 */
@RestController
class DownloadController {

    private final FileStore files;
    private final SessionTokens tokens;
    private final DownloadLinks links;

    DownloadController(FileStore files, SessionTokens tokens, DownloadLinks links) {
        this.files = files;
        this.tokens = tokens;
        this.links = links;
    }

    @GetMapping(DownloadLinks.PATH + "{id}")
    ResponseEntity<byte[]> download(@PathVariable String id,
                                    @RequestParam(name = "sig", required = false) String signature,
                                    @RequestHeader(name = WebChat.SESSION_HEADER, required = false) String token) {
        Optional<StoredFile> file = files.find(id)
                .filter(f -> f.owner().channel().equals(WebChat.CHANNEL))
                .filter(f -> links.allows(f.owner().externalId(), f.id(), signature)
                        || tokens.verify(token).filter(f.owner().externalId()::equals).isPresent());
        Optional<byte[]> content = file.flatMap(f -> files.content(f.id()));
        if (content.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(mediaType(file.get().mime()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(file.get().name()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(content.get());
    }

    private static MediaType mediaType(String mime) {
        try {
            return MediaType.parseMediaType(mime);
        } catch (IllegalArgumentException unreadable) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
