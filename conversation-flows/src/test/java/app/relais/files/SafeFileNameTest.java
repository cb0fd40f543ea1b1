package app.relais.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names from users' devices become names that are safe in an archive, a header and a download. */
class SafeFileNameTest {

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            capture écran.png              | image/png        | capture écran.png
            ../../etc/passwd.png           | image/png        | passwd.png
            ..\\..\\windows\\win.ini       | image/png        | win.png
            facture.pdf.exe                | application/pdf  | facture.pdf.pdf
            photo.PNG                      | image/jpeg       | photo.jpg
            .htaccess                      | image/png        | htaccess.png
            CON.png                        | image/png        | file.png
            a<b>c:d*e?.png                 | image/png        | a_b_c_d_e_.png
            ..                             | application/pdf  | file.pdf
                                           | image/png        | file.png
            """)
    void namesLoseTheirPathTheirTricksAndTheirClaimedExtension(String original, String mime, String safe) {
        assertThat(SafeFileName.of(original, mime)).isEqualTo(safe);
    }

    @Test
    void controlAndInvisibleCharactersAreReplaced() {
        assertThat(SafeFileName.of("line\nbreak\r.png", "image/png")).isEqualTo("line_break_.png");
        // A right-to-left override would make "invoice\u202Egnp.exe" read as "invoiceexe.png".
        assertThat(SafeFileName.of("invoice\u202Egnp.exe", "application/pdf")).isEqualTo("invoice_gnp.pdf");
    }

    @Test
    void longNamesAreCut() {
        String safe = SafeFileName.of("x".repeat(500) + ".png", "image/png");
        assertThat(safe).hasSize(SafeFileName.MAX_BASE_LENGTH + 4).endsWith(".png");
    }
}
