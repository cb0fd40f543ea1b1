package app.relais.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.EvidenceType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A phone number the bot shows as an example ("par exemple +33 6 12 34 56 78") is one the person
 * may copy: our own validator must take it as it is written, with no country to guess. A
 * fictional range libphonenumber does not know (+44 7700 900…, 06 39 98…) would be refused.
 */
class PhoneExamplesTest {

    /** A number as the bundles and the catalog write one: international, or national from 0. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w+/.=#-])(?:\\+\\d{1,3}|0\\d)(?:[ .]?\\d){6,13}");
    private static final Path RESOURCES = Path.of("src/main/resources");

    private final EvidenceValidators validators = new EvidenceValidators();

    @Test
    void everyPhoneNumberShownInTheBundlesAndTheCatalogIsAcceptedAsWritten() throws IOException {
        List<String> examples = examples();
        assertThat(examples).as("numbers found in the bundles and the catalog").hasSizeGreaterThanOrEqualTo(10);
        for (String example : examples) {
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                ValidationContext context = new ValidationContext(List.of(), locale, Instant.parse("2026-11-21T20:00:00Z"),
                        ZoneId.of("Europe/Paris"));
                assertThat(validators.validate(EvidenceType.PHONE, example.substring(example.indexOf(' ') + 1), context))
                        .as(example).isInstanceOf(Validation.Valid.class);
            }
        }
    }

    /** "file:line number" for every number of every bundle and catalog file. */
    private static List<String> examples() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties") || p.toString().endsWith(".yml")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher number = NUMBER.matcher(lines.get(i));
                    while (number.find()) {
                        found.add(RESOURCES.relativize(file) + ":" + (i + 1) + " " + number.group());
                    }
                }
            }
        }
        return found;
    }
}
