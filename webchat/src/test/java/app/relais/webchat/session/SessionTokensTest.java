package app.relais.webchat.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens any instance with the secret can verify, and nobody without it can make. */
class SessionTokensTest {

    private final SessionTokens tokens = new SessionTokens(bytes("one-secret-one-secret-one-secret-1234"));

    @Test
    void anIssuedTokenVerifiesToItsSession() {
        SessionTokens.Issued issued = tokens.issue();
        assertThat(issued.token()).startsWith("v1." + issued.sessionId() + ".");
        assertThat(tokens.verify(issued.token())).contains(issued.sessionId());
        assertThat(new SessionTokens(bytes("one-secret-one-secret-one-secret-1234")).verify(issued.token()))
                .as("another instance with the same secret").contains(issued.sessionId());
    }

    @Test
    void eachVisitorGetsADifferentUnguessableSession() {
        assertThat(tokens.issue().sessionId()).isNotEqualTo(tokens.issue().sessionId()).hasSize(22);
    }

    @Test
    void forgedTamperedOrForeignTokensAreRefused() {
        SessionTokens.Issued issued = tokens.issue();
        String other = tokens.issue().sessionId();
        String[] parts = issued.token().split("\\.");
        assertThat(tokens.verify("v1." + other + "." + parts[2])).as("someone else's id").isEmpty();
        assertThat(tokens.verify(issued.token() + "x")).isEmpty();
        assertThat(tokens.verify("v2." + parts[1] + "." + parts[2])).isEmpty();
        assertThat(tokens.verify(new SessionTokens(bytes("another-secret-another-secret-12345")).issue().token()))
                .as("a token from another deployment").isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify("a.b.c.d")).isEmpty();
    }

    @Test
    void aDownloadSignatureIsBoundToOneSessionAndOneFile() {
        String signature = tokens.signDownload("session-a", "file-1");
        assertThat(tokens.verifyDownload("session-a", "file-1", signature)).isTrue();
        assertThat(tokens.verifyDownload("session-b", "file-1", signature)).isFalse();
        assertThat(tokens.verifyDownload("session-a", "file-2", signature)).isFalse();
        assertThat(tokens.verifyDownload("session-a", "file-1", null)).isFalse();
    }

    @Test
    void withoutAConfiguredSecretOneIsGeneratedOnceAndKept(@TempDir Path dataDir) throws Exception {
        byte[] first = SessionSecret.resolve(null, dataDir);
        byte[] again = SessionSecret.resolve("", dataDir);
        assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(again);
        assertThat(Files.readString(dataDir.resolve(SessionSecret.FILE_NAME))).isNotBlank();
        assertThat(SessionSecret.resolve("configured-configured-configured-1234", dataDir))
                .isEqualTo(bytes("configured-configured-configured-1234"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
