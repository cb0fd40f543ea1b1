package app.relais.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.CatalogLoader;
import app.relais.catalog.EvidenceItem;
import app.relais.catalog.LocalizedText;
import app.relais.catalog.Platform;
import app.relais.catalog.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No sentence or button label carries an emoji glyph: a machine without an emoji font (CI has none,
 * many office PCs neither) shows an empty box instead, and a button must read well everywhere. The
 * widget draws its own SVG icons beside the buttons it knows. The only exceptions are texts written
 * for somewhere else (the announcements a community manager posts on social networks, where emoji
 * are at home, and the alerts that accompany them), never a button.
 */
class ButtonLabelsTest {

    /** Texts made to be copied elsewhere or shown as a notice, not buttons. */
    private static final Set<String> ELSEWHERE = Set.of("crisis.announce.first", "crisis.announce.update",
            "crisis.announce.resolved", "crisis.reminder.social-post", "crisis.reminder.email-redirect",
            "crisis.reminder.faq-page", "crisis.checklist", "outage.notice");

    @Test
    void noBundleSentenceHasAnEmojiExceptTextsMadeForElsewhere() {
        for (String language : new String[] {"fr", "en"}) {
            Messages texts = Messages.of(language);
            for (String key : texts.keys()) {
                if (!ELSEWHERE.contains(key)) {
                    assertThat(emoji(texts.get(key))).as(language + " " + key).isEmpty();
                }
            }
        }
    }

    @Test
    void noCatalogLabelHasAnEmoji() {
        List<LocalizedText> labels = new ArrayList<>();
        for (Platform platform : new CatalogLoader().load().platforms()) {
            labels.add(platform.label());
            for (Problem problem : platform.problems()) {
                labels.add(problem.label());
                for (EvidenceItem item : problem.evidence()) {
                    labels.add(item.label());
                    item.options().forEach(o -> labels.add(o.label()));
                }
            }
        }
        assertThat(labels).isNotEmpty().allSatisfy(l -> {
            assertThat(emoji(l.fr())).as(l.fr()).isEmpty();
            assertThat(emoji(l.en())).as(l.en()).isEmpty();
        });
    }

    /** The emoji and pictographs of a text (and the arrows and dingbats fonts often lack). */
    static String emoji(String text) {
        StringBuilder found = new StringBuilder();
        text.codePoints().filter(ButtonLabelsTest::pictograph).forEach(found::appendCodePoint);
        return found.toString();
    }

    private static boolean pictograph(int c) {
        return c >= 0x1F000 && c <= 0x1FAFF || c >= 0x2190 && c <= 0x21FF || c >= 0x2300 && c <= 0x23FF
                || c >= 0x2600 && c <= 0x27BF || c >= 0x2B00 && c <= 0x2BFF || c == 0xFE0F || c == 0x200D;
    }
}
