package app.relais.i18n;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bot's sentences in one language. French is the default; English when the user's locale
 * says so. Bundles are UTF-8 properties files, one pair per feature ({@link #BUNDLES}) so that
 * features do not edit each other's files; keys are unique across them. Arguments use
 * {@link MessageFormat}, so bundles use the typographic apostrophe (’) only.
 */
public final class Messages {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** Every feature's bundle; a missing one is skipped, so a feature adds its file and its name here. */
    public static final List<String> BUNDLES = List.of("i18n/messages", "i18n/triage", "i18n/dossier",
            "i18n/drafting", "i18n/followup", "i18n/outage", "i18n/handoff", "i18n/crisis", "i18n/webchat",
            "i18n/telegram", "i18n/limits", "i18n/offscript", "i18n/reminders", "i18n/desk", "i18n/messenger",
            "i18n/detection", "i18n/continuation");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final Map<String, String> patterns = new HashMap<>();
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    private final ThreadLocal<NumberFormat> numbers;

    private Messages(Locale locale) {
        this.locale = locale;
        this.numbers = ThreadLocal.withInitial(() -> NumberFormat.getInstance(locale));
        for (String name : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(name, locale, NO_FALLBACK);
            } catch (MissingResourceException absent) {
                continue;
            }
            for (String key : bundle.keySet()) {
                if (patterns.put(key, bundle.getString(key)) != null) {
                    throw new IllegalStateException("message key '" + key + "' is defined twice (" + name + ")");
                }
            }
        }
    }

    private static final Messages FR = new Messages(FRENCH);
    private static final Messages EN = new Messages(ENGLISH);

    public static Messages of(Locale locale) {
        return supported(locale).equals(ENGLISH) ? EN : FR;
    }

    public static Messages of(String language) {
        return "en".equals(language) ? EN : FR;
    }

    /** The language Relais speaks for a locale: English for English speakers, French for everyone else. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    public String get(String key, Object... args) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            throw new IllegalStateException("no message '" + key + "' for " + locale);
        }
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            // Nothing for MessageFormat to replace or unquote: it would return the pattern as is.
            return pattern;
        }
        // Parsing a pattern costs more than formatting it: parse once, format a copy (MessageFormat
        // is not thread-safe, its clone is ours alone).
        MessageFormat parsed = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        return ((MessageFormat) parsed.clone()).format(numbersAsText(parsed, args));
    }

    /**
     * A plain {@code {0}} given a number makes MessageFormat build a new NumberFormat for the locale
     * on every call; format those numbers here with one kept per thread instead (same output).
     */
    private Object[] numbersAsText(MessageFormat parsed, Object[] args) {
        Format[] declared = parsed.getFormatsByArgumentIndex();
        Object[] out = args;
        for (int i = 0; i < args.length && i < declared.length; i++) {
            if (declared[i] == null && args[i] instanceof Number) {
                if (out == args) {
                    out = args.clone();
                }
                out[i] = numbers.get().format(args[i]);
            }
        }
        return out;
    }

    public boolean has(String key) {
        return patterns.containsKey(key);
    }

    public Set<String> keys() {
        return Set.copyOf(patterns.keySet());
    }
}
