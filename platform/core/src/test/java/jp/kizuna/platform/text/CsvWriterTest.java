package jp.kizuna.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void startsWithTheByteOrderMarkAndEndsRowsWithCrLf() {
        String csv = new CsvWriter(List.of("名称", "定員")).row(Arrays.asList("ワークショップ", 30)).toString();
        assertThat(csv).isEqualTo(CsvWriter.BOM + "名称,定員\r\nワークショップ,30\r\n");
    }

    @Test
    void quotesCellsWithSeparatorsQuotesAndLineBreaks() {
        assertThat(CsvWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.cell("「\"会場\"」")).isEqualTo("\"「\"\"会場\"\"」\"");
        assertThat(CsvWriter.cell("一行目\n二行目")).isEqualTo("\"一行目\n二行目\"");
        assertThat(CsvWriter.cell(null)).isEmpty();
    }

    @Test
    void neutralisesTextThatStartsLikeAFormula() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
        assertThat(CsvWriter.cell("+81-242")).isEqualTo("\"'+81-242\"");
        assertThat(CsvWriter.cell("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvWriter.cell("\tcmd")).isEqualTo("\"'\tcmd\"");
        assertThat(CsvWriter.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(CsvWriter.cell("＝1+1")).isEqualTo("\"'＝1+1\"");
    }

    @Test
    void aTextThatOnlyContainsAFormulaCharacterLaterIsLeftAlone() {
        assertThat(CsvWriter.cell("0242-39-1111")).isEqualTo("0242-39-1111");
        assertThat(CsvWriter.cell("info@example.jp")).isEqualTo("info@example.jp");
    }

    @Test
    void numbersTheServiceComputedStayNumbersEvenWhenNegative() {
        assertThat(CsvWriter.cell(new BigDecimal("-3.50"))).isEqualTo("-3.50");
        assertThat(CsvWriter.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CsvWriter.cell(-12)).isEqualTo("-12");
        assertThat(CsvWriter.cell(139.93)).isEqualTo("139.93");
    }

    @Test
    void aNegativeNumberSentAsTextIsNeutralisedLikeAnyText() {
        assertThat(CsvWriter.cell("-3.5")).isEqualTo("\"'-3.5\"");
    }

    @Test
    void controlCharactersBecomeSpaces() {
        assertThat(CsvWriter.cell("会場\u0000名\u0007")).isEqualTo("会場 名 ");
        assertThat(CsvWriter.cell("\u0000=1")).isEqualTo(" =1");
    }
}
