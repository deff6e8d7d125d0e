package jp.kizuna.kpi.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jp.kizuna.kpi.indicator.ActualState;
import jp.kizuna.kpi.indicator.Actual;
import jp.kizuna.kpi.indicator.DerivationSource;
import jp.kizuna.kpi.indicator.Direction;
import jp.kizuna.kpi.indicator.FiscalYearLabel;
import jp.kizuna.kpi.indicator.IndicatorKind;
import jp.kizuna.kpi.indicator.IndicatorResponse;
import jp.kizuna.kpi.indicator.SeriesPoint;
import jp.kizuna.platform.time.FiscalYear;
import org.junit.jupiter.api.Test;

class IndicatorCsvTest {

    static IndicatorResponse membershipRate(String definition) {
        SeriesPoint fy2022 = new SeriesPoint(FiscalYearLabel.of(FiscalYear.of(2022)), new BigDecimal("92.0"),
                new Actual(new BigDecimal("91.2"), ActualState.CONFIRMED, null, "seed", null, Instant.EPOCH,
                        "seed", null, Instant.EPOCH), null, null, new BigDecimal("99.1"), "OFFICIAL");
        return new IndicatorResponse("membership-rate", 36, 1, "町内会加入率", "％", IndicatorKind.RATE, definition,
                Direction.HIGHER_IS_BETTER, DerivationSource.MEMBERSHIP_REPORTS, new BigDecimal("92.0"), null,
                List.of(fy2022), 0);
    }

    @Test
    void startsWithAByteOrderMarkSoSpreadsheetsReadUtf8() {
        String csv = IndicatorCsv.write(List.of(membershipRate("割合")));

        assertThat(csv).startsWith("\uFEFF政策分野,指標番号,");
        assertThat(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void writesOneRowPerIndicatorAndYearWithCrlf() {
        String[] lines = IndicatorCsv.write(List.of(membershipRate("割合"))).split("\r\n");

        assertThat(lines).hasSize(2);
        assertThat(lines[1]).isEqualTo("36,1,membership-rate,町内会加入率,％,割合,高いほど良い,2022,令和4年度,92.0,91.2,CONFIRMED,,,,99.1,92.0");
        assertThat(lines[0].split(",")).hasSameSizeAs(lines[1].split(",", -1));
    }

    @Test
    void quotesCellsWithCommasQuotesOrLineBreaks() {
        String csv = IndicatorCsv.write(List.of(membershipRate("加入世帯数、\"全\"世帯数,割合\n注記")));

        assertThat(csv).contains(",\"加入世帯数、\"\"全\"\"世帯数,割合\n注記\",");
    }

    @Test
    void aDefinitionThatStartsLikeAFormulaIsNeutralisedButANegativeFigureStaysANumber() {
        SeriesPoint decline = new SeriesPoint(FiscalYearLabel.of(FiscalYear.of(2023)), new BigDecimal("-2.5"),
                new Actual(new BigDecimal("-3.75"), ActualState.CONFIRMED, null, "seed", null, Instant.EPOCH,
                        "seed", null, Instant.EPOCH), null, null, null, "OFFICIAL");
        IndicatorResponse change = new IndicatorResponse("population-change", 36, 9, "人口増減率", "％", IndicatorKind.RATE,
                "=1+2*cmd|' /C calc'!A0", Direction.HIGHER_IS_BETTER, DerivationSource.MEMBERSHIP_REPORTS,
                new BigDecimal("-1.0"), null, List.of(decline), 0);

        String row = IndicatorCsv.write(List.of(change)).split("\r\n")[1];

        assertThat(row).contains(",\"'=1+2*cmd|' /C calc'!A0\",");
        assertThat(row).contains(",2023,令和5年度,-2.5,-3.75,CONFIRMED,");
        assertThat(row).endsWith(",-1.0");
    }
}
