package jp.kizuna.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Japanese text so that what a person types finds what the city wrote: NFKC (full-width
 * ＡＢＣ and half-width ｶﾀｶﾅ become ABC and カタカナ), katakana folded to hiragana (ミナト → みなと),
 * Latin letters lower-cased, and spaces and separators such as ・ removed.
 */
public final class JapaneseSearchText {

    private static final Pattern IGNORED = Pattern.compile("[\\s・･\\-‐－_/／（）()「」『』【】、。,.]+");
    private static final char KATAKANA_SMALL_A = 'ァ';
    private static final char KATAKANA_VU = 'ヶ';
    private static final int KATAKANA_TO_HIRAGANA = 'ァ' - 'ぁ';

    private JapaneseSearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(normalized.length());
        for (char c : normalized.toCharArray()) {
            // ヵ and ヶ stay: as in 鶴ヶ城 they are read が/か, not as the small kana ゕ/ゖ.
            boolean foldable = c >= KATAKANA_SMALL_A && c <= KATAKANA_VU && c != 'ヵ' && c != 'ヶ';
            folded.append(foldable ? (char) (c - KATAKANA_TO_HIRAGANA) : c);
        }
        return IGNORED.matcher(folded).replaceAll("");
    }

    /** A MongoDB regular expression that finds the folded query anywhere in a folded text. */
    public static String containsPattern(String query) {
        return Pattern.quote(fold(query));
    }
}
