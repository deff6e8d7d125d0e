package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the drill counts as unsafe in the open data files. */
class OpenDataChecksTest {

    @Test
    void aCsvCellStartingWithAFormulaCharacterIsFoundUnlessNeutralisedOrANumber() {
        String csv = "\uFEFFtitle,value,note\r\n\"=1+1\",-3.5,\"'=HYPERLINK(x)\"\r\n@SUM(A1),+12,\"a\r\nb\"\r\n";
        assertThat(ParameterFuzz.csvProblems(csv)).containsExactly(
                "line 2: cell =1+1 starts with a formula character",
                "line 3: cell @SUM(A1) starts with a formula character");
    }

    @Test
    void aCsvCellWithAControlCharacterIsFound() {
        assertThat(ParameterFuzz.csvProblems("a,b\r\n\"x\u0007y\",z\r\n")).singleElement().asString().contains("control character");
    }

    @Test
    void anIcsFileMayFoldLinesButHoldsNoOtherControlCharacter() {
        String ics = "BEGIN:VCALENDAR\r\nSUMMARY:会津\r\n\tの行事\r\nDESCRIPTION:a\u0000b\r\nEND:VCALENDAR\r\n";
        assertThat(ParameterFuzz.icsProblems(ics)).singleElement().asString().startsWith("line 4");
    }
}
