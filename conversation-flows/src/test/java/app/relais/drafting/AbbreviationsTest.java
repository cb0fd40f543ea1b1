package app.relais.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.relais.catalog.CatalogException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the letter writes out of a person's words, and what it never touches. */
class AbbreviationsTest {

    private final Abbreviations standard = Abbreviations.STANDARD;

    @Test
    void frenchAndEnglishAbbreviationsAreWrittenOutWithTheirCapital() {
        assertThat(standard.writtenOut("Qqn a changé mon mdp, pk ?")).isEqualTo("Quelqu’un a changé mon mot de passe, pk ?");
        assertThat(standard.writtenOut("someone changed my pwd pls help")).isEqualTo("someone changed my password please help");
        assertThat(standard.writtenOut("MDP changé")).isEqualTo("Mot de passe changé");
        assertThat(standard.writtenOut("Le MDP a changé. MDP et mail aussi")).isEqualTo("Le mot de passe a changé. Mot de passe et mail aussi");
    }

    /** Walked on Telegram: "mes abonnés reçoivent des msg d'arnaque" gave "des message d'arnaque" in the letter. */
    @Test
    void aPluralIsWrittenPluralAndATypedApostropheAsTheLetterWritesIt() {
        assertThat(standard.writtenOut("mes abonnés reçoivent des msg d'arnaque"))
                .isEqualTo("mes abonnés reçoivent des messages d’arnaque");
        assertThat(standard.writtenOut("un msg, puis plusieurs msg et mes pb")).isEqualTo("un message, puis plusieurs messages et mes problèmes");
        assertThat(standard.writtenOut("beaucoup de msg, d'autres pb, pas de msg")).isEqualTo("beaucoup de messages, d’autres problèmes, pas de message");
        assertThat(standard.writtenOut("I can't log in, see facebook.com/it's")).isEqualTo("I can’t log in, see facebook.com/it's");
    }

    @Test
    void linksAddressesAndIdentifiersAreLeftAsTyped() {
        String typed = "voir facebook.com/mdp, mdp@example.fr, @qqn, qqn_75, #mdp, mdp.fr et https://x.com/?u=qqn";
        assertThat(standard.writtenOut(typed)).isEqualTo(typed);
    }

    @Test
    void ordinaryWordsThatLookShortAreNotInTheList() {
        assertThat(standard.writtenOut("un tel message, c est pr u tt")).isEqualTo("un tel message, c est pr u tt");
    }

    @Test
    void aBrokenListStopsTheStart() {
        assertThatThrownBy(() -> new Abbreviations(Map.of("Q Q N", "quelqu’un"))).isInstanceOf(CatalogException.class)
                .hasMessageContaining("'Q Q N'");
        assertThatThrownBy(() -> new Abbreviations(Map.of("qqn", " "))).isInstanceOf(CatalogException.class);
    }
}
