package app.relais.bot.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTest {

    @Test
    void aShortTextStaysWhole() {
        assertThat(TextSplitter.split("Bonjour", 4096)).containsExactly("Bonjour");
    }

    @Test
    void cutsAtALineBreakWhenThereIsOne() {
        assertThat(TextSplitter.split("aaaa bbbb\ncccc dddd", 12)).containsExactly("aaaa bbbb", "cccc dddd");
    }

    @Test
    void cutsAtASpaceWhenALineIsTooLong() {
        assertThat(TextSplitter.split("aaaa bbbb cccc dddd", 12)).containsExactly("aaaa bbbb", "cccc dddd");
    }

    @Test
    void anUnbrokenWordIsCutAtTheLimitWithoutSplittingAnEmoji() {
        String text = "a".repeat(9) + "😀" + "b".repeat(5);
        List<String> parts = TextSplitter.split(text, 10);
        assertThat(String.join("", parts)).isEqualTo(text);
        assertThat(parts.get(0)).isEqualTo("a".repeat(9));
        assertThat(parts).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(10));
    }

    @Test
    void nothingIsLostAcrossTheParts() {
        String text = ("Le compte de Jeanne a été piraté le 12 novembre. ").repeat(300);
        List<String> parts = TextSplitter.split(text, 4096);
        assertThat(parts).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(4096));
        assertThat(String.join(" ", parts).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }
}
