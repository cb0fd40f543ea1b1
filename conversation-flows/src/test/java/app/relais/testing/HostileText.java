package app.relais.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Text as hostile or unusual users type it, for property-based tests (jqwik): accents, control
 * characters, line breaks of every kind, right-to-left text and overrides, emoji (ZWJ sequences,
 * flags, skin tones), combining marks, CJK, header and URL injection attempts, JSON punctuation.
 * {@link #wellFormed} never holds a lone surrogate (what a UTF-8 channel can carry); {@link #any}
 * may (what a JSON {@code "\ud800"} escape can carry).
 */
public final class HostileText {

    private static final List<String> TRICKS = List.of(
            "\r\n", "\r", "\n", "\u0085", "\u2028", "\u2029", "\t", "\u000b", "\f", "\u0000", "\u001b[31m", "\u007f",
            "\u200b", "\u200d", "\ufeff", "\u00a0", "\u3000",
            "\u202e", "\u202b", "\u200f", "\u2067", "\u2069",
            "שלום עולם", "مرحبا بالعالم", "\u202eCBA\u202c",
            "😀", "👩‍👩‍👧‍👦", "🇫🇷", "👍🏿", "❤️", "🧑‍💻",
            "e\u0301", "Z\u0351\u0352\u0353\u0354\u0355", "\u0d15\u0d4d\u0d37", "中文字符", "日本語",
            "é", "à", "ç", "œ", "’", "«", "»", "€",
            "\r\nBcc: victim@example.com", "\nSubject: injected", "=?UTF-8?B?SGk=?=", "%0D%0A", "&body=x",
            "?subject=y", "#frag", "%", "+", "=", "<script>alert(1)</script>",
            "\"", "\\", "{", "}", "[", "]", ":", ",", "'", "`");

    private HostileText() {
    }

    /** Well-formed Unicode of at most {@code maxPieces} pieces. */
    public static Arbitrary<String> wellFormed(int maxPieces) {
        return piece(false).list().ofMaxSize(maxPieces).map(pieces -> String.join("", pieces));
    }

    /** Any UTF-16 text of at most {@code maxPieces} pieces, lone surrogates included. */
    public static Arbitrary<String> any(int maxPieces) {
        return piece(true).list().ofMaxSize(maxPieces).map(pieces -> String.join("", pieces));
    }

    /** One piece repeated up to {@code maxRepeats} times: long pastes, floods of emoji or line breaks. */
    public static Arbitrary<String> huge(int maxRepeats) {
        return Combinators.combine(piece(false).filter(p -> !p.isEmpty()),
                Arbitraries.integers().between(1, maxRepeats)).as(String::repeat);
    }

    private static Arbitrary<String> piece(boolean loneSurrogates) {
        Arbitrary<String> codePoint = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .filter(cp -> loneSurrogates || cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                .map(Character::toString);
        Arbitrary<String> control = Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u001f'),
                Arbitraries.chars().range('\u007f', '\u009f')).map(String::valueOf);
        Arbitrary<String> emoji = Arbitraries.integers().between(0x1F300, 0x1FAFF).map(Character::toString);
        Arbitrary<String> rtl = Arbitraries.strings().withCharRange('\u05d0', '\u05ea').withCharRange('\u0621', '\u064a')
                .ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> words = Arbitraries.strings().alpha().numeric().withChars(" .,;!?-_@/’éèàçù")
                .ofMinLength(1).ofMaxLength(24);
        if (loneSurrogates) {
            Arbitrary<String> lone = Arbitraries.chars().range(Character.MIN_SURROGATE, Character.MAX_SURROGATE)
                    .map(String::valueOf);
            return Arbitraries.frequencyOf(
                    Tuple.of(6, words), Tuple.of(4, Arbitraries.of(TRICKS)),
                    Tuple.of(2, control), Tuple.of(2, emoji), Tuple.of(2, rtl),
                    Tuple.of(2, codePoint), Tuple.of(1, lone));
        }
        return Arbitraries.frequencyOf(
                Tuple.of(6, words), Tuple.of(4, Arbitraries.of(TRICKS)),
                Tuple.of(2, control), Tuple.of(2, emoji), Tuple.of(2, rtl),
                Tuple.of(2, codePoint));
    }
}
