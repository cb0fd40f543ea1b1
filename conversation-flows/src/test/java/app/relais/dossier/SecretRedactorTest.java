package app.relais.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Passwords and login codes are masked; sentences about them, ids and dates are not. */
class SecretRedactorTest {

    private final SecretRedactor redactor = new SecretRedactor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            mon mot de passe est Soleil2024!                 | mon mot de passe est ••••••
            Mon ancien mot de passe était « Soleil2024 »     | Mon ancien mot de passe était « •••••• »
            mdp : azerty123                                  | mdp : ••••••
            le code est 483920                               | le code est ••••••
            J’ai reçu le code 483 920 par SMS                | J’ai reçu le code •••••• par SMS
            code de vérification : 4839                      | code de vérification : ••••••
            my password is hunter2 and they changed it       | my password is •••••• and they changed it
            Password: Tr0ub4dor&3                            | Password: ••••••
            the login code was 123-456                       | the login code was ••••••
            OTP 998877                                       | OTP ••••••
            mot de passe Soleil2024                          | mot de passe ••••••
            """)
    void secretsAreMaskedAndTheRestKept(String typed, String stored) {
        SecretRedactor.Result result = redactor.redact(typed);
        assertThat(result.text()).isEqualTo(stored);
        assertThat(result.masked()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mot de passe et adresse email changés, publications frauduleuses
            quelqu’un a changé mon mot de passe hier
            mon mot de passe est changé
            my password was changed by someone
            je ne reçois pas le code de vérification
            mon code postal est 75011
            https://www.facebook.com/events/123456789012345
            l’identifiant de l’événement est 123456789012345
            le 12/11/2026 vers 21h30
            """)
    void sentencesAboutSecretsAreLeftAsTheyAre(String typed) {
        SecretRedactor.Result result = redactor.redact(typed);
        assertThat(result.text()).isEqualTo(typed);
        assertThat(result.masked()).isFalse();
    }
}
