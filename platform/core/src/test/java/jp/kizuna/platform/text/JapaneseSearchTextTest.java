package jp.kizuna.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JapaneseSearchTextTest {

    @Test
    void katakanaFoldsToHiragana() {
        assertThat(JapaneseSearchText.fold("ミナト")).isEqualTo("みなと");
        assertThat(JapaneseSearchText.fold("ネットワーク")).isEqualTo("ねっとわーく");
    }

    @Test
    void halfWidthKatakanaAndFullWidthLatinFoldTogether() {
        assertThat(JapaneseSearchText.fold("ﾐﾅﾄ")).isEqualTo("みなと");
        assertThat(JapaneseSearchText.fold("ＮＰＯ法人")).isEqualTo("npo法人");
        assertThat(JapaneseSearchText.fold("ｶﾞｲﾄﾞ")).isEqualTo("がいど");
    }

    @Test
    void spacesAndSeparatorsDoNotMatter() {
        assertThat(JapaneseSearchText.fold("町北・高野")).isEqualTo("町北高野");
        assertThat(JapaneseSearchText.fold("Minato Town　Network")).isEqualTo("minatotownnetwork");
    }

    @Test
    void kanjiAndTheKaInPlaceNamesStayAsWritten() {
        assertThat(JapaneseSearchText.fold("湊")).isEqualTo("湊");
        assertThat(JapaneseSearchText.fold("鶴ヶ城")).isEqualTo("鶴ヶ城");
    }

    @Test
    void aQueryBecomesALiteralPattern() {
        assertThat("みんなとみなとまちづくり".matches(".*" + JapaneseSearchText.containsPattern("ミナト") + ".*")).isTrue();
        assertThat("c++講座".matches(".*" + JapaneseSearchText.containsPattern("Ｃ＋＋") + ".*")).isTrue();
        assertThat("cc講座".matches(".*" + JapaneseSearchText.containsPattern("c++") + ".*")).isFalse();
    }
}
