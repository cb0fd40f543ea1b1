package app.relais.webchat.files;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.relais.files.FileStore;
import app.relais.files.StoredFile;
import app.relais.store.ConversationStore;
import app.relais.webchat.ChatLanguage;
import app.relais.webchat.Fixtures;
import app.relais.webchat.WebChat;
import app.relais.webchat.session.SessionTokens;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** {@code POST /api/uploads} and {@code GET /api/files/{id}} as a browser uses them. */
@WebMvcTest(controllers = {UploadController.class, DownloadController.class})
class UploadAndDownloadTest {

    /** The engine's beans come from the test application; these are the channel's own. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Channel {
        @Bean
        SessionTokens sessionTokens() {
            return new SessionTokens("upload-test-secret-upload-test-secret".getBytes(StandardCharsets.UTF_8));
        }

        @Bean
        DownloadLinks downloadLinks(SessionTokens tokens) {
            return new DownloadLinks(tokens);
        }

        @Bean
        ChatLanguage chatLanguage(ConversationStore conversations) {
            return new ChatLanguage(conversations);
        }
    }

    @Autowired
    MockMvc http;
    @Autowired
    SessionTokens tokens;
    @Autowired
    FileStore store;
    @Autowired
    DownloadLinks links;

    @Test
    void aScreenshotIsAccepted() throws Exception {
        String token = tokens.issue().token();
        http.perform(multipart("/api/uploads").file(file("capture.png", Fixtures.bytes("screenshot.png")))
                        .header(WebChat.SESSION_HEADER, token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.upload").isNotEmpty())
                .andExpect(jsonPath("$.name").value("capture.png"))
                .andExpect(jsonPath("$.size").value(Fixtures.bytes("screenshot.png").length))
                .andExpect(jsonPath("$.mime").value("image/png"));
    }

    @Test
    void aPdfIsAcceptedWhateverItIsCalled() throws Exception {
        http.perform(multipart("/api/uploads").file(file("courrier", Fixtures.bytes("notice.pdf")))
                        .header(WebChat.SESSION_HEADER, tokens.issue().token()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mime").value("application/pdf"))
                .andExpect(jsonPath("$.name").value("courrier.pdf"));
    }

    @Test
    void anExecutableRenamedPngIsRefusedByItsContent() throws Exception {
        http.perform(multipart("/api/uploads").file(file("capture.png", Fixtures.bytes("renamed-executable.png")))
                        .header(WebChat.SESSION_HEADER, tokens.issue().token()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value("unsupported_type"))
                .andExpect(jsonPath("$.message").value(containsString("images")));
    }

    @Test
    void elevenMebibytesAreTooLargeAndSaidInEnglishToAnEnglishBrowser() throws Exception {
        byte[] png = Fixtures.bytes("screenshot.png");
        byte[] big = Arrays.copyOf(png, 11 * 1024 * 1024);
        http.perform(multipart("/api/uploads").file(file("huge.png", big))
                        .header(WebChat.SESSION_HEADER, tokens.issue().token())
                        .header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.error").value("too_large"))
                .andExpect(jsonPath("$.message").value(containsString("over 10 MB")));
    }

    @Test
    void noSessionIs401AndAForgedOneIs403() throws Exception {
        http.perform(multipart("/api/uploads").file(file("capture.png", Fixtures.bytes("screenshot.png"))))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unknown_session"));
        String forged = "v1." + tokens.issue().sessionId() + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        http.perform(multipart("/api/uploads").file(file("capture.png", Fixtures.bytes("screenshot.png")))
                        .header(WebChat.SESSION_HEADER, forged))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value(containsString("conversation")));
    }

    @Test
    void theOwnerDownloadsThroughTheSignedLinkAsAnAttachment() throws Exception {
        String owner = tokens.issue().sessionId();
        StoredFile file = store.save(WebChat.key(owner), "demande été.eml", "message/rfc822",
                "Subject: test\r\n\r\nBonjour".getBytes(StandardCharsets.UTF_8));
        http.perform(get(links.url(owner, file.id())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("message/rfc822"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"demande _t_.eml\"; filename*=UTF-8''demande%20%C3%A9t%C3%A9.eml"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", startsWith("no-store")))
                .andExpect(content().string(containsString("Bonjour")));
    }

    @Test
    void anotherSessionCannotDownloadIt() throws Exception {
        SessionTokens.Issued owner = tokens.issue();
        SessionTokens.Issued intruder = tokens.issue();
        StoredFile file = store.save(WebChat.key(owner.sessionId()), "capture.png", "image/png",
                Fixtures.bytes("screenshot.png"));
        http.perform(get(links.url(intruder.sessionId(), file.id()))).andExpect(status().isNotFound());
        http.perform(get("/api/files/" + file.id()).header(WebChat.SESSION_HEADER, intruder.token()))
                .andExpect(status().isNotFound());
        http.perform(get("/api/files/" + file.id())).andExpect(status().isNotFound());
        http.perform(get("/api/files/" + file.id()).header(WebChat.SESSION_HEADER, owner.token()))
                .andExpect(status().isOk());
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("file", name, "image/png", content);
    }
}
