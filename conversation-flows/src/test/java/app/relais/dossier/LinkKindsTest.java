package app.relais.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.Catalog;
import app.relais.catalog.CatalogLoader;
import app.relais.catalog.EvidenceItem;
import app.relais.catalog.EvidenceType;
import app.relais.catalog.Problem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A link item that says what it points at ({@code link_kinds}) refuses a link of another kind, and
 * its hint shows an example of the right kind, which the item itself accepts: the refusal quotes it.
 */
class LinkKindsTest {

    private static final Pattern EXAMPLE_LINK = Pattern.compile("https://\\S+[\\w/]");
    private static final List<String> FACEBOOK = List.of("facebook.com", "fb.me");

    private final EvidenceValidators validators = new EvidenceValidators();
    private final Catalog catalog = new CatalogLoader().load();

    @Test
    void aLinkOfAnotherKindIsRefusedNamingBothKinds() {
        assertThat(check("facebook.com/jeanne.martin.75", List.of("event")))
                .isEqualTo(new Validation.Invalid("evidence.invalid.url-kind", "profile", "event"));
        assertThat(check("https://www.facebook.com/events/884512337766201", List.of("profile", "page")))
                .isEqualTo(new Validation.Invalid("evidence.invalid.url-kind", "event", "profile"));
        assertThat(check("https://www.facebook.com/events/884512337766201", List.of("event")))
                .isInstanceOf(Validation.Valid.class);
        // Its kind cannot be read: we cannot be sure it is wrong.
        assertThat(check("https://www.facebook.com/share/1AbCdEf", List.of("event"))).isInstanceOf(Validation.Valid.class);
        assertThat(check("https://www.facebook.com/jeanne.martin.75", List.of())).isInstanceOf(Validation.Valid.class);
    }

    @Test
    void everyLinkItemThatSaysItsKindShowsAnExampleOfThatKindWhichItAccepts() {
        int items = 0;
        for (Problem problem : catalog.problems()) {
            List<String> domains = catalog.platform(problem.platform()).orElseThrow().domains();
            for (EvidenceItem item : problem.evidence()) {
                if (item.linkKinds().isEmpty()) {
                    continue;
                }
                items++;
                for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                    Matcher example = EXAMPLE_LINK.matcher(item.hint().in(locale));
                    String where = problem.fullId() + " " + item.id() + " (" + locale + ")";
                    assertThat(example.find()).as(where + ": an example link in the hint").isTrue();
                    Validation checked = validators.validate(EvidenceType.URL, example.group(), context(domains));
                    assertThat(validators.ofKind(checked, item.linkKinds())).as(where).isInstanceOf(Validation.Valid.class);
                }
            }
        }
        assertThat(items).isGreaterThanOrEqualTo(10);
    }

    private Validation check(String link, List<String> kinds) {
        return validators.ofKind(validators.validate(EvidenceType.URL, link, context(FACEBOOK)), kinds);
    }

    private static ValidationContext context(List<String> domains) {
        return new ValidationContext(domains, Locale.FRENCH, Instant.parse("2026-11-21T20:00:00Z"), ZoneId.of("Europe/Paris"));
    }
}
