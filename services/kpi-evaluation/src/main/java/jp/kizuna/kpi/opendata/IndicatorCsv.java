package jp.kizuna.kpi.opendata;

import java.util.Arrays;
import java.util.List;

import jp.kizuna.kpi.indicator.Direction;
import jp.kizuna.kpi.indicator.IndicatorResponse;
import jp.kizuna.kpi.indicator.SeriesPoint;
import jp.kizuna.platform.text.CsvWriter;

/**
 * KPIs and their series as open-data CSV ({@link CsvWriter}: UTF-8 with BOM, CRLF, RFC 4180), one
 * row per indicator and fiscal year. Figures (targets, actuals, rates, years) are written as
 * numbers, so a negative one stays {@code -3.5}; names, units and definitions are text, which the
 * writer neutralises when it starts like a formula.
 */
public final class IndicatorCsv {

    static final List<String> HEADER = List.of("政策分野", "指標番号", "指標コード", "指標名", "単位", "説明又は計算式", "望ましい方向",
            "年度", "年度（和暦）", "目標値", "実績値", "実績の状態", "集計値", "集計値の状態", "集計基準日", "達成率（％）", "最終目標");

    private IndicatorCsv() {
    }

    public static String write(List<IndicatorResponse> indicators) {
        CsvWriter csv = new CsvWriter(HEADER);
        for (IndicatorResponse i : indicators) {
            for (SeriesPoint p : i.series()) {
                csv.row(Arrays.asList(i.policyField(), i.number(), i.code(), i.name(),
                        i.unit(), nullToEmpty(i.definition()),
                        i.direction() == Direction.HIGHER_IS_BETTER ? "高いほど良い" : "低いほど良い",
                        p.fiscalYear().year(), p.fiscalYear().japaneseLabel(), p.target(),
                        p.actual() == null ? null : p.actual().value(),
                        p.actual() == null ? "" : p.actual().state().name(),
                        p.derived() == null ? null : p.derived().value(),
                        p.derived() == null ? "" : p.derived().state(),
                        p.derived() == null ? "" : p.derived().asOf().toString(),
                        p.achievementRate(), i.finalTarget()));
            }
        }
        return csv.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
