package app.relais.bot;

import static org.assertj.core.api.Assertions.assertThat;

import app.relais.catalog.LocalizedText;
import app.relais.conversation.Choice;
import app.relais.conversation.Reply;
import app.relais.outage.ServiceStatus;
import app.relais.testing.Conversation;
import app.relais.testing.TestRelais;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * No text a customer may read holds a placeholder contact (support@example.com, +33 1 23 45 67 89,
 * "[e-mail]"...): every bundle of every module, every catalog text, every FAQ and profile seed, and
 * what the bot says with the seed profile, which gives no contact at all. An example address in a
 * hint that says it is one ("par exemple prenom.nom@exemple.fr") is a format example, not a contact.
 */
class NoPlaceholderContactsTest {

    private static final Pattern ALWAYS_WRONG = Pattern.compile(
            "(?i)support@example\\.com|(\\+33 ?|\\b0)1[ .]23[ .]45[ .]67[ .]89|votredomaine|\\[(e-?mail|t[ée]l[ée]phone|phone|lien|link|heure|time)[^\\]]*]");
    private static final Pattern EXAMPLE_ADDRESS = Pattern.compile(
            "(?i)[\\w.+-]+@(example|exemple|domain|domaine)\\.(com|org|net|fr)");
    private static final Pattern SAYS_IT_IS_AN_EXAMPLE = Pattern.compile("(?i)exemple|example|e\\.g\\.|par ex|such as");

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    record Text(String where, String text) {
    }

    @Test
    void noBundleCatalogTextOrSeedHoldsAPlaceholderContact() throws IOException {
        List<Text> texts = new ArrayList<>();
        for (Resource bundle : resources.getResources("classpath*:i18n/*.properties")) {
            Properties properties = new Properties();
            try (InputStream in = bundle.getInputStream()) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            properties.forEach((k, v) -> texts.add(new Text(bundle.getFilename() + " " + k, (String) v)));
        }
        for (String pattern : List.of("classpath*:catalog/*.yml", "classpath*:faq/*.yml", "classpath*:outage/*.yml")) {
            for (Resource yaml : resources.getResources(pattern)) {
                try (InputStream in = yaml.getInputStream()) {
                    collect(yaml.getFilename(), new ObjectMapper(new YAMLFactory()).readTree(in), texts);
                }
            }
        }
        assertThat(texts).extracting(Text::where).anyMatch(w -> w.startsWith("outage_fr.properties"))
                .anyMatch(w -> w.startsWith("webchat_fr.properties")).anyMatch(w -> w.startsWith("facebook.yml"))
                .anyMatch(w -> w.startsWith("faq.yml")).anyMatch(w -> w.startsWith("business.yml"));
        assertThat(texts).filteredOn(t -> placeholder(t.text())).isEmpty();
    }

    @Test
    void theSeedProfileGivesNoContactAndTheBotInventsNone() {
        TestRelais relais = new TestRelais();
        relais.core().outage().declare("messenger", ServiceStatus.OUTAGE,
                new LocalizedText("Messenger est en panne.", "Messenger is down."), null);
        List<Reply> said = new ArrayList<>();
        for (Locale locale : List.of(Locale.FRANCE, Locale.UK)) {
            Conversation customer = relais.newConversation(locale).command("start", "outage");
            said.addAll(customer.transcript());
            List<String> questions = customer.lastReplies().stream().flatMap(r -> r.choices().stream()).map(Choice::id).toList();
            customer.tap("outage:ask");
            for (Choice faq : customer.lastReplies().stream().flatMap(r -> r.choices().stream())
                    .filter(c -> c.id().startsWith("faq:")).toList()) {
                customer.command("start", "outage").tap("outage:ask").tap(faq.id());
                said.addAll(customer.lastReplies());
            }
            customer.send("comment vous contacter ?");
            said.addAll(customer.transcript());
            assertThat(questions).contains("outage:ask");
            Conversation manager = relais.newConversation(locale).command("start", "crisis").tap("crisis:next")
                    .tap("crisis:next").tap("crisis:next");
            said.addAll(manager.transcript());
        }
        assertThat(said).extracting(Reply::text).filteredOn(NoPlaceholderContactsTest::placeholder).isEmpty();
        assertThat(said).extracting(Reply::text).noneMatch(t -> t.contains("@"));
    }

    static boolean placeholder(String text) {
        if (ALWAYS_WRONG.matcher(text).find()) {
            return true;
        }
        Matcher address = EXAMPLE_ADDRESS.matcher(text);
        while (address.find()) {
            String before = text.substring(Math.max(0, address.start() - 40), address.start());
            if (!SAYS_IT_IS_AN_EXAMPLE.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theScanCatchesWhatTheIssueFoundAndLetsFormatExamplesBe() {
        assertThat(placeholder("Écrivez-nous à support@example.com.")).isTrue();
        assertThat(placeholder("ou appelez le +33 1 23 45 67 89")).isTrue();
        assertThat(placeholder("Pour nous joindre : [e-mail], [téléphone]")).isTrue();
        assertThat(placeholder("contact@example.org aux heures d’ouverture")).isTrue();
        assertThat(placeholder("par exemple prenom.nom@exemple.fr")).isFalse();
        assertThat(placeholder("an email address (e.g. name@example.com)")).isFalse();
        assertThat(placeholder("contact@boutique-dupont.fr")).isFalse();
    }

    private static void collect(String where, JsonNode node, List<Text> into) {
        if (node.isTextual()) {
            into.add(new Text(where, node.asText()));
        } else if (node.isContainerNode()) {
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                    collect(where + " " + field.getKey(), field.getValue(), into);
                }
            } else {
                int i = 0;
                for (JsonNode item : node) {
                    collect(where + "[" + i++ + "]", item, into);
                }
            }
        }
    }
}
