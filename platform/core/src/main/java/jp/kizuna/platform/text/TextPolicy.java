package jp.kizuna.platform.text;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The one rule for text that the platform stores, shows in its public register and ships as open
 * data. Every string of every request body passes it (see {@link TextPolicyModule}), and so do the
 * seed datasets:
 * <ul>
 *   <li>normalised to NFC, so that the same name typed on two keyboards is the same string
 *       (Japanese text keeps its full-width and half-width forms: NFC is not NFKC; variation
 *       selectors that choose a glyph, such as those of 葛󠄀, are kept);</li>
 *   <li>no control characters: C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F). A multi-line field
 *       ({@link MultiLineText}) allows line feeds and tabs; its CR LF and lone CR become LF;</li>
 *   <li>no bidirectional controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates,
 *       U+200E/U+200F/U+061C marks), which make a name display as something it is not;</li>
 *   <li>in single-line text no other invisible formatting characters (zero-width space U+200B,
 *       word joiner, soft hyphen, U+FEFF, …), except the zero-width joiner U+200D of emoji
 *       sequences, and no line or paragraph separators (U+2028, U+2029);</li>
 *   <li>no unpaired surrogates or non-characters (U+FFFE, U+FFFF), which cannot be encoded;</li>
 *   <li>a text that is not empty has at least one visible character: a name made of spaces,
 *       zero-width spaces or Hangul fillers only is refused;</li>
 *   <li>at most {@link #MAX_SINGLE_LINE} characters on one line, {@link #MAX_MULTI_LINE} in a
 *       multi-line field, as a backstop behind each field's own {@code @Size}.</li>
 * </ul>
 * Lengths are counted in Unicode code points.
 */
public final class TextPolicy {

    /** The longest single-line text anywhere (names, titles, addresses; each field may allow less). */
    public static final int MAX_SINGLE_LINE = 2_000;
    /** The longest multi-line text anywhere (descriptions, notes; each field may allow less). */
    public static final int MAX_MULTI_LINE = 20_000;

    /** Where line breaks are allowed. */
    public enum Lines { SINGLE, MULTI }

    private TextPolicy() {
    }

    /**
     * The text as it is stored: NFC, and in multi-line text LF line ends.
     *
     * @throws IllegalArgumentException with a message that says what is wrong, when the text breaks the policy
     */
    public static String apply(String text, Lines lines) {
        if (text == null) {
            return null;
        }
        String normalized = normalize(text, lines);
        Optional<String> problem = problem(normalized, lines);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return normalized;
    }

    /** NFC, and in multi-line text CR LF and CR turned into LF. */
    public static String normalize(String text, Lines lines) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        return lines == Lines.MULTI && nfc.indexOf('\r') >= 0 ? nfc.replace("\r\n", "\n").replace('\r', '\n') : nfc;
    }

    /** What is wrong with a (normalised) text under the policy, as a message for the client; empty when nothing is. */
    public static Optional<String> problem(String text, Lines lines) {
        int max = lines == Lines.MULTI ? MAX_MULTI_LINE : MAX_SINGLE_LINE;
        int length = 0;
        boolean visible = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int position = length + 1;
            if (Character.isSurrogate(text.charAt(i)) && Character.charCount(c) == 1) {
                return Optional.of("must not contain an unpaired surrogate (at character " + position + ")");
            }
            if (isControl(c) && !(lines == Lines.MULTI && (c == '\n' || c == '\t'))) {
                return Optional.of(lines == Lines.SINGLE && (c == '\n' || c == '\r')
                        ? "must be a single line (line break at character " + position + ")"
                        : "must not contain control characters (" + codePoint(c) + " at character " + position + ")");
            }
            if (isBidiControl(c)) {
                return Optional.of("must not contain bidirectional control characters (" + codePoint(c)
                        + " at character " + position + ")");
            }
            if (lines == Lines.SINGLE && (isInvisibleFormat(c) || c == 0x2028 || c == 0x2029)) {
                return Optional.of("must not contain invisible formatting characters (" + codePoint(c)
                        + " at character " + position + ")");
            }
            if (c == 0xFFFE || c == 0xFFFF) {
                return Optional.of("must not contain non-characters (" + codePoint(c) + " at character " + position + ")");
            }
            visible |= isVisible(c);
            length++;
            i += Character.charCount(c);
        }
        if (length > max) {
            return Optional.of("must be at most " + max + " characters long (it has " + length + ")");
        }
        if (length > 0 && !visible) {
            return Optional.of("must contain visible characters, not only spaces or invisible characters");
        }
        return Optional.empty();
    }

    /** Whether the text has a character a reader can see (not only spaces, fillers or invisible characters). */
    public static boolean hasVisibleCharacter(String text) {
        return text != null && text.codePoints().anyMatch(TextPolicy::isVisible);
    }

    /** Replaces every character a single line must not carry (controls, bidi and invisible formatting) by a space. */
    public static String toSafeLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean unsafe = isControl(c) || isBidiControl(c) || isInvisibleFormat(c) || c == 0x2028 || c == 0x2029
                    || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate((char) c) && Character.charCount(c) == 1;
            safe.appendCodePoint(unsafe ? ' ' : c);
        });
        return safe.toString();
    }

    static boolean isControl(int c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F;
    }

    static boolean isBidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /** Format characters (Unicode category Cf) that render as nothing, except the emoji zero-width joiner. */
    static boolean isInvisibleFormat(int c) {
        return Character.getType(c) == Character.FORMAT && c != 0x200D;
    }

    private static boolean isVisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isControl(c)) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.SURROGATE,
                 Character.UNASSIGNED -> false;
            // Hangul fillers and the Braille blank look like nothing
            default -> c != 0x115F && c != 0x1160 && c != 0x3164 && c != 0xFFA0 && c != 0x2800;
        };
    }

    private static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
