package app.relais.dossier;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks passwords and one-time login codes in what users type, before anything is stored or
 * drafted: "mon mot de passe est Soleil2024!" becomes "mon mot de passe est ••••••". Victims of a
 * hacked account are the favourite prey of fake "recovery services" that ask for exactly these;
 * Relais never needs them, so it never keeps them, and says so.
 *
 * <p>Only secrets announced by a keyword are caught ("mot de passe", "mdp", "password", "code"...):
 * a bare number may be an event id, which the dossier needs. After a password keyword and a
 * connector ("est", "is", ":"), the next word is masked unless it is a word that describes the
 * password ("changé", "wrong"...); right after the keyword, only a word with a digit or a symbol in
 * it is. After a code keyword, a group of 4 to 8 digits is masked.
 */
public final class SecretRedactor {

    public static final String MASK = "••••••";

    private static final Pattern PASSWORD = Pattern.compile(
            "(?iu)\\b(mots? de passe|mdp|passwords?|passwd|pwd|pass ?word|passcode|pin)\\b"
                    + "((?:\\s+(?:actuel|ancien|nouveau|temporaire|current|old|new|temporary))?"
                    + "\\s*(?:(?:est|était|etait|c['’]est|=|:|is|was|'s)\\s*:?\\s*|\\s+)[«\"“]?\\s*)"
                    + "([^\\s«»\"“”]{3,128})");
    private static final Pattern CODE = Pattern.compile(
            "(?iu)\\b(codes?|otp|2fa|pin)\\b(?!\\s+(?:postal|zip|promo|pays|country|area|source|d['’]accès wifi))"
                    + "([^\\d\\n.!?]{0,40}?)(\\d(?:[ -]?\\d){3,7})(?!\\d)");
    private static final Pattern CONNECTOR = Pattern.compile("(?iu)(?:\\best\\b|était|etait|c['’]est|=|:|\\bis\\b|\\bwas\\b|'s)");
    private static final Pattern LOOKS_LIKE_A_PASSWORD = Pattern.compile(".*[\\d\\p{P}\\p{S}].*");
    /** Words that describe a password rather than being one. */
    private static final Set<String> NOT_SECRETS = Set.of("a", "à", "ai", "as", "est", "été", "ete", "changé",
            "change", "modifié", "modifie", "faux", "fausse", "incorrect", "incorrecte", "invalide", "compromis",
            "piraté", "pirate", "volé", "vole", "bloqué", "bloque", "expiré", "expire", "oublié", "oublie", "pas",
            "plus", "ne", "n", "trop", "toujours", "désormais", "maintenant", "le", "la", "les", "un", "une", "mon",
            "ma", "mes", "de", "du", "des", "et", "ou", "qui", "que", "dans", "sur", "pour", "par", "avec",
            "changed", "wrong", "compromised", "hacked", "stolen", "invalid", "expired", "forgotten", "reset",
            "not", "no", "still", "now", "the", "my", "and", "or", "was", "is", "has", "had", "been", "to", "for",
            "with", "of", "in", "on", "that", "it", "too", "also", "aussi", "reçu", "recu", "received", "sent",
            "envoyé", "envoye", "demandé", "demande", "asked", "requested", "by", "from", "via", "sms",
            "email", "mail", "e-mail");

    /** The text with its secrets masked, and whether anything was. */
    public record Result(String text, boolean masked) {
    }

    public Result redact(String text) {
        if (text == null || text.isEmpty()) {
            return new Result(text, false);
        }
        boolean[] masked = {false};
        String out = replace(PASSWORD, text, m -> {
            String candidate = m.group(3).replaceAll("[.,;!?)]+$", "");
            // "mot de passe hier" is no secret; "mot de passe Soleil2024" and "mot de passe : soleil" are.
            boolean announced = CONNECTOR.matcher(m.group(2)).find();
            if (NOT_SECRETS.contains(candidate.toLowerCase(Locale.ROOT)) || candidate.equals(MASK)
                    || !announced && !LOOKS_LIKE_A_PASSWORD.matcher(candidate).matches()) {
                return m.group();
            }
            masked[0] = true;
            return m.group(1) + m.group(2) + MASK;
        });
        out = replace(CODE, out, m -> {
            masked[0] = true;
            return m.group(1) + m.group(2) + MASK;
        });
        return new Result(out, masked[0]);
    }

    private interface Replacer {
        String apply(Matcher m);
    }

    private static String replace(Pattern pattern, String text, Replacer replacer) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacer.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
