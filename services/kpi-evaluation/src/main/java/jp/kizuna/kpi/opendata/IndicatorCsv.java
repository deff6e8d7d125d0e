package jp.kizuna.kpi.opendata;

import java.math.BigDecimal;
import java.util.List;

import jp.kizuna.kpi.indicator.Direction;
import jp.kizuna.kpi.indicator.IndicatorResponse;
import jp.kizuna.kpi.indicator.SeriesPoint;

/**
 * KPIs and their series as CSV for spreadsheet software used in Japanese offices: UTF-8 with a
 * byte-order mark (without it Excel reads the file as Shift_JIS), CRLF line ends, RFC 4180 quoting,
 * one row per indicator and fiscal year.
 */
public final class IndicatorCsv {

    /** The byte-order mark, written first. */
    public static final String BOM = "\uFEFF";

    static final List<String> HEADER = List.of("政策分野", "指標番号", "指標コード", "指標名", "単位", "説明又は計算式", "望ましい方向",
            "年度", "年度（和暦）", "目標値", "実績値", "実績の状態", "集計値", "集計値の状態", "集計基準日", "達成率（％）", "最終目標");

    private IndicatorCsv() {
    }

    public static String write(List<IndicatorResponse> indicators) {
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, HEADER);
        for (IndicatorResponse i : indicators) {
            for (SeriesPoint p : i.series()) {
                row(csv, List.of(Integer.toString(i.policyField()), Integer.toString(i.number()), i.code(), i.name(),
                        i.unit(), nullToEmpty(i.definition()),
                        i.direction() == Direction.HIGHER_IS_BETTER ? "高いほど良い" : "低いほど良い",
                        Integer.toString(p.fiscalYear().year()), p.fiscalYear().japaneseLabel(), number(p.target()),
                        p.actual() == null ? "" : number(p.actual().value()),
                        p.actual() == null ? "" : p.actual().state().name(),
                        p.derived() == null ? "" : number(p.derived().value()),
                        p.derived() == null ? "" : p.derived().state(),
                        p.derived() == null ? "" : p.derived().asOf().toString(),
                        number(p.achievementRate()), number(i.finalTarget())));
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
