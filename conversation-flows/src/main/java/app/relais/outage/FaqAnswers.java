package app.relais.outage;

import app.relais.catalog.LocalizedText;
import app.relais.i18n.Refusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FAQ answers filled from the business profile. An answer may name {@code {name}}, {@code {email}},
 * {@code {phone}}, {@code {contact_form}}, {@code {chat}} or {@code {hours}}; a sentence that names
 * a field the profile leaves empty is left out, so customers never read a blank or a placeholder.
 * An answer with nothing left is no answer (the customer is offered the team instead).
 */
final class FaqAnswers {

    static final Set<String> VARIABLES = Set.of("name", "email", "phone", "contact_form", "chat", "hours");
    private static final Pattern VARIABLE = Pattern.compile("\\{([a-z_]*)}");
    /** Sentence ends: after . ! ? … (and a closing quote or bracket), before a space or a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…][»”)\"]?)\\s+");

    private FaqAnswers() {
    }

    /** Refuses an answer that names an unknown variable, in either language. */
    static void check(LocalizedText answer) {
        for (String text : List.of(answer.fr(), answer.en())) {
            Matcher m = VARIABLE.matcher(text);
            while (m.find()) {
                if (!VARIABLES.contains(m.group(1))) {
                    throw new Refusal("faq.variable", "{" + m.group(1) + "}",
                            String.join(", ", VARIABLES.stream().sorted().map(v -> "{" + v + "}").toList()));
                }
            }
        }
    }

    /** The answer with the profile's values put in; empty when no sentence is left. */
    static String fill(String answer, BusinessProfile profile, String language) {
        Map<String, String> values = values(profile, language);
        StringBuilder out = new StringBuilder();
        for (String paragraph : answer.split("\n")) {
            StringBuilder kept = new StringBuilder();
            for (String sentence : SENTENCE_END.split(paragraph.strip())) {
                String filled = fillSentence(sentence, values);
                if (filled != null && !filled.isBlank()) {
                    kept.append(kept.isEmpty() ? "" : " ").append(filled);
                }
            }
            if (!kept.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(kept);
            }
        }
        return out.toString();
    }

    private static String fillSentence(String sentence, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> values(BusinessProfile p, String language) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "name", p == null ? null : p.name());
        put(values, "email", p == null ? null : p.email());
        put(values, "phone", p == null ? null : p.phone());
        put(values, "contact_form", p == null ? null : p.contactForm());
        put(values, "chat", p == null ? null : p.chatUrl());
        put(values, "hours", p == null || p.hours() == null ? null : "en".equals(language) ? p.hours().en() : p.hours().fr());
        return values;
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }
}
