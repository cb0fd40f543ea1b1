package app.relais.testing;

import app.relais.conversation.Reply;
import java.util.function.Predicate;

/** Small, readable predicates for transcript assertions. */
public final class ReplyMatchers {

    private ReplyMatchers() {
    }

    public record Matcher(String description, Predicate<Reply> test) {

        /** A reply matching this one or {@code other}. */
        public Matcher or(Matcher other) {
            return new Matcher(description + " or " + other.description(), test.or(other.test()));
        }

        /** A reply matching this one and {@code other}. */
        public Matcher and(Matcher other) {
            return new Matcher(description + " and " + other.description(), test.and(other.test()));
        }
    }

    public static Matcher containing(String text) {
        return new Matcher("a reply containing \"" + text + "\"", r -> r.text().contains(text));
    }

    public static Matcher withChoice(String label) {
        return new Matcher("a reply with the button \"" + label + "\"",
                r -> r.choices().stream().anyMatch(c -> c.label().equals(label) || c.id().equals(label)));
    }

    /** A reply with buttons, none of them {@code label}. */
    public static Matcher withoutChoice(String label) {
        return new Matcher("a reply with buttons, none \"" + label + "\"",
                r -> !r.choices().isEmpty() && r.choices().stream().noneMatch(c -> c.label().equals(label) || c.id().equals(label)));
    }

    public static Matcher withLink(String urlPart) {
        return new Matcher("a reply with a link containing \"" + urlPart + "\"",
                r -> r.links().stream().anyMatch(l -> l.url().contains(urlPart)));
    }

    public static Matcher withFile(String namePart) {
        return new Matcher("a reply with a file named like \"" + namePart + "\"",
                r -> r.files().stream().anyMatch(f -> f.name().contains(namePart)));
    }
}
