package jp.kizuna.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jp.kizuna.platform.text.TextPolicy.Lines;
import org.junit.jupiter.api.Test;

class TextPolicyTest {

    @Test
    void japaneseNamesPassAsWritten() {
        assertThat(TextPolicy.apply("一箕地区まちづくり協議会", Lines.SINGLE)).isEqualTo("一箕地区まちづくり協議会");
        assertThat(TextPolicy.apply("ＮＰＯ法人　ﾐﾅﾄ", Lines.SINGLE)).isEqualTo("ＮＰＯ法人　ﾐﾅﾄ");
        assertThat(TextPolicy.apply("鶴ヶ城 🏯 清掃 👨‍👩‍👧", Lines.SINGLE)).isEqualTo("鶴ヶ城 🏯 清掃 👨‍👩‍👧");
    }

    @Test
    void decomposedTextIsStoredComposed() {
        String decomposed = "か\u3099んは\u309aる";
        assertThat(TextPolicy.apply(decomposed, Lines.SINGLE)).isEqualTo("がんぱる");
        assertThat(TextPolicy.apply("Cafe\u0301", Lines.SINGLE)).isEqualTo("Café");
    }

    @Test
    void ideographicVariationSelectorsAreKept() {
        String kuzuWithSelector = "葛\uDB40\uDD00飾";
        assertThat(TextPolicy.apply(kuzuWithSelector, Lines.SINGLE)).isEqualTo(kuzuWithSelector);
    }

    @Test
    void refusesControlCharacters() {
        assertThat(TextPolicy.problem("会場\u0000A", Lines.SINGLE))
                .hasValue("must not contain control characters (U+0000 at character 3)");
        assertThat(TextPolicy.problem("bell\u0007", Lines.MULTI)).get().asString().contains("U+0007");
        assertThat(TextPolicy.problem("del\u007F", Lines.SINGLE)).get().asString().contains("U+007F");
        assertThat(TextPolicy.problem("c1\u0085", Lines.SINGLE)).get().asString().contains("U+0085");
    }

    @Test
    void aSingleLineHasNoLineBreakOrTab() {
        assertThat(TextPolicy.problem("一行目\n二行目", Lines.SINGLE))
                .hasValue("must be a single line (line break at character 4)");
        assertThat(TextPolicy.problem("名前\t", Lines.SINGLE)).get().asString().contains("U+0009");
        assertThat(TextPolicy.problem("a\u2028b", Lines.SINGLE)).get().asString().contains("U+2028");
    }

    @Test
    void multiLineTextKeepsLineFeedsAndTabsAndTurnsCarriageReturnsIntoLineFeeds() {
        assertThat(TextPolicy.apply("一行目\r\n二行目\r三行目\n\t四", Lines.MULTI)).isEqualTo("一行目\n二行目\n三行目\n\t四");
    }

    @Test
    void refusesBidirectionalOverridesAndIsolatesEverywhere() {
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200F}) {
            String spoof = "invoice" + Character.toString(c) + "fdp.exe";
            assertThat(TextPolicy.problem(spoof, Lines.SINGLE)).get().asString().contains("bidirectional");
            assertThat(TextPolicy.problem(spoof, Lines.MULTI)).get().asString().contains("bidirectional");
        }
    }

    @Test
    void refusesInvisibleFormattingInASingleLine() {
        assertThat(TextPolicy.problem("みな\u200Bと", Lines.SINGLE)).get().asString().contains("invisible");
        assertThat(TextPolicy.problem("\uFEFF湊", Lines.SINGLE)).get().asString().contains("U+FEFF");
        assertThat(TextPolicy.problem("soft\u00ADhyphen", Lines.SINGLE)).get().asString().contains("U+00AD");
    }

    @Test
    void refusesANameMadeOfNothingVisible() {
        String expected = "must contain visible characters, not only spaces or invisible characters";
        assertThat(TextPolicy.problem("\u3000\u3000", Lines.SINGLE)).hasValue(expected);
        assertThat(TextPolicy.problem("\u00A0", Lines.SINGLE)).hasValue(expected);
        assertThat(TextPolicy.problem("\u3164\u3164", Lines.SINGLE)).hasValue(expected);
        assertThat(TextPolicy.problem("\u200D", Lines.SINGLE)).hasValue(expected);
        assertThat(TextPolicy.problem("\u200B\u200B", Lines.MULTI)).hasValue(expected);
        assertThat(TextPolicy.problem("", Lines.SINGLE)).isEmpty();
    }

    @Test
    void refusesUnpairedSurrogatesAndNonCharacters() {
        assertThat(TextPolicy.problem("a\uD800b", Lines.SINGLE)).get().asString().contains("unpaired surrogate");
        assertThat(TextPolicy.problem("a\uFFFF", Lines.SINGLE)).get().asString().contains("non-characters");
    }

    @Test
    void limitsTheLengthInCodePoints() {
        String emoji = "😀".repeat(TextPolicy.MAX_SINGLE_LINE);
        assertThat(TextPolicy.problem(emoji, Lines.SINGLE)).isEmpty();
        assertThat(TextPolicy.problem(emoji + "😀", Lines.SINGLE))
                .hasValue("must be at most 2000 characters long (it has 2001)");
        assertThat(TextPolicy.problem("あ".repeat(TextPolicy.MAX_MULTI_LINE + 1), Lines.MULTI)).isPresent();
    }

    @Test
    void applyThrowsWithTheProblem() {
        assertThatIllegalArgumentException().isThrownBy(() -> TextPolicy.apply("\u202Eabc", Lines.SINGLE))
                .withMessageContaining("U+202E");
        assertThat(TextPolicy.apply(null, Lines.SINGLE)).isNull();
    }

    @Test
    void aSafeLineReplacesWhatALineMustNotCarry() {
        assertThat(TextPolicy.toSafeLine("a\u0000b\nc\u202Ed\u200Be")).isEqualTo("a b c d e");
    }
}
