package jp.kizuna.localauth.account;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The text rules for a person's name as others will see it (history, screening, check-in lists):
 * NFC, no control characters, no bidirectional controls or other invisible formatting that could make
 * one name look like another, not empty once invisible characters are removed, and a bounded length.
 */
final class NameText {

    enum Verdict { OK, EMPTY, TOO_LONG, FORBIDDEN_CHARACTER }

    private NameText() {
    }

    /** The name normalised to NFC and trimmed (also of ideographic spaces). */
    static String normalise(String typed) {
        return typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
    }

    static Verdict check(String normalised, int maxLength) {
        if (normalised.codePoints().anyMatch(NameText::forbidden)) {
            return Verdict.FORBIDDEN_CHARACTER;
        }
        if (normalised.codePoints().noneMatch(NameText::visible)) {
            return Verdict.EMPTY;
        }
        if (normalised.codePointCount(0, normalised.length()) > maxLength) {
            return Verdict.TOO_LONG;
        }
        return Verdict.OK;
    }

    /** The first forbidden character, for the message ("U+202E"). */
    static Optional<String> firstForbidden(String normalised) {
        return normalised.codePoints().filter(NameText::forbidden).boxed().findFirst()
                .map(codePoint -> String.format("U+%04X", codePoint));
    }

    private static boolean forbidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                // format characters: bidi overrides and isolates, zero-width spaces, BOM, invisible operators;
                // the zero-width joiner alone stays, since emoji sequences need it
                || (type == Character.FORMAT && codePoint != 0x200D)
                || codePoint == 0x3164 || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0xFFA0;
    }

    private static boolean visible(int codePoint) {
        return !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)
                && Character.getType(codePoint) != Character.FORMAT
                && Character.getType(codePoint) != Character.NON_SPACING_MARK
                && Character.getType(codePoint) != Character.ENCLOSING_MARK;
    }
}
