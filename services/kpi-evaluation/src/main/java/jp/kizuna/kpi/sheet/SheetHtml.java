package jp.kizuna.kpi.sheet;

import static jp.kizuna.kpi.sheet.Html.escape;
import static jp.kizuna.kpi.sheet.Html.paragraph;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jp.kizuna.kpi.budget.BudgetProjection;
import jp.kizuna.kpi.indicator.IndicatorResponse;
import jp.kizuna.kpi.indicator.SeriesPoint;
import jp.kizuna.kpi.participation.ParticipationProjection;
import jp.kizuna.kpi.subsidy.SubsidyProjection;
import jp.kizuna.kpi.policy.PolicyFieldResponse;
import jp.kizuna.platform.time.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * Writes the evaluation sheet as a self-contained XHTML page laid out like the city's sheet:
 * 1 progress of the KPIs (with charts), 2 evaluation per measure, 3 related projects, 4 final
 * evaluation, 5 the project list. XHTML, so the same page also feeds the PDF renderer.
 */
@Component
public class SheetHtml {

    static final String FONT_FAMILY = "KizunaSheet";

    private final TargetActualChart charts;

    SheetHtml(TargetActualChart charts) {
        this.charts = charts;
    }

    public String render(EvaluationSheet sheet) {
        PolicyFieldResponse f = sheet.field();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ja\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(escape(FiscalYear.of(sheet.fiscalYear()).japaneseLabel())).append(" 政策分野評価シート 政策分野")
                .append(f.number()).append(' ').append(escape(f.name())).append("</title><style>").append(CSS)
                .append("</style></head><body>");
        h.append("<header><p class=\"year\">").append(escape(FiscalYear.of(sheet.fiscalYear()).japaneseLabel()))
                .append(" 政策分野評価シート</p><p>政策目標").append(f.policyGoal().number()).append("　")
                .append(escape(f.policyGoal().name())).append("／政策").append(f.policy().number()).append("　")
                .append(escape(f.policy().name())).append("</p><h1>政策分野").append(f.number()).append("　")
                .append(escape(f.name())).append("</h1>");
        h.append("<table class=\"meta\"><tr><th>目指す姿</th><td>").append(escape(f.vision())).append("</td></tr>");
        h.append("<tr><th>関連するSDGs</th><td>").append(f.relatedSdgGoals().stream().map(g -> "目標" + g)
                .reduce((a, b) -> a + "・" + b).orElse("")).append("</td></tr></table>");
        h.append("<table class=\"fixed\"><col style=\"width: 4.5em\"/><col style=\"width: 9em\"/><col/>")
                .append("<tr><th>施策番号</th><th>名称</th><th>施策の内容</th></tr>");
        for (PolicyFieldResponse.MeasureView m : f.measures()) {
            h.append("<tr><td class=\"nowrap\">施策").append(m.number()).append("</td><td>").append(escape(m.name())).append("</td><td>")
                    .append(paragraph(m.content())).append("</td></tr>");
        }
        h.append("</table></header>");

        h.append("<section id=\"kpi\"><h2>１　政策分野の進捗状況</h2><h3>重要業績評価指標の達成状況</h3>");
        for (IndicatorResponse kpi : sheet.indicators()) {
            h.append("<div class=\"kpi-block\">");
            kpiTable(h, kpi);
            h.append("<div class=\"chart\">").append(charts.svg(kpi)).append("</div></div>");
        }
        h.append("</section>");

        h.append("<section id=\"measures\"><h2>２　施策の評価</h2>");
        for (PolicyFieldResponse.MeasureView m : f.measures()) {
            h.append("<h3>施策").append(m.number()).append("　").append(escape(m.name())).append("</h3><table>")
                    .append("<tr><th rowspan=\"2\">取組状況</th><th class=\"sub\">今年度の重点方針（方向性）</th></tr><tr><td>")
                    .append(paragraph(m.focus())).append("<hr/>").append(paragraph(m.progress())).append("</td></tr>")
                    .append("<tr><th>課題認識と今後の方針・改善点</th><td>").append(paragraph(m.issues()))
                    .append("</td></tr></table>");
        }
        h.append("</section>");

        h.append("<section id=\"related\"><h2>３　関連する政策分野と事務事業</h2><table><tr><th>政策分野</th><th>事務事業名</th>")
                .append("<th>担当部・課名</th></tr>");
        f.relatedProjects().forEach(r -> h.append("<tr><td>").append(escape(r.policyField())).append("</td><td>")
                .append(escape(r.name())).append("</td><td>").append(escape(r.department())).append("</td></tr>"));
        h.append("</table></section>");

        h.append("<section id=\"final\"><h2>４　施策の最終評価</h2><p>").append(paragraph(f.overallEvaluation())).append("</p>");
        f.measures().forEach(m -> h.append("<p>").append(paragraph(m.finalEvaluation())).append("</p>"));
        h.append("</section>");

        projectList(h, sheet);
        projectDetails(h, sheet);
        return h.append("</body></html>").toString();
    }

    private void kpiTable(StringBuilder h, IndicatorResponse kpi) {
        h.append("<table class=\"kpi fixed\"><col style=\"width: 4.5em\"/>");
        kpi.series().forEach(p -> h.append("<col style=\"width: 6.5em\"/>"));
        h.append("<col style=\"width: 5em\"/><col/><tr><th>").append(kpi.number()).append("</th><th class=\"title\" colspan=\"")
                .append(kpi.series().size() + 2).append("\">").append(escape(kpi.name())).append("（")
                .append(escape(kpi.unit())).append("）　").append(escape(kpi.definition())).append("</th></tr>");
        h.append("<tr><th>年度</th>");
        kpi.series().forEach(p -> h.append("<th>").append(escape(p.fiscalYear().japaneseLabel())).append("</th>"));
        h.append("<th>最終目標</th><th>検証</th></tr><tr><th>目標</th>");
        kpi.series().forEach(p -> h.append("<td class=\"num\">").append(number(p.target())).append("</td>"));
        h.append("<td class=\"num\" rowspan=\"3\">").append(number(kpi.finalTarget())).append("</td><td rowspan=\"3\">")
                .append(paragraph(kpi.verification())).append("</td></tr><tr><th>実績</th>");
        kpi.series().forEach(p -> h.append("<td class=\"num\">").append(p.actual() == null ? "－"
                : number(p.actual().value())).append("</td>"));
        h.append("</tr><tr><th>集計値</th>");
        kpi.series().forEach(p -> h.append("<td class=\"num derived\">").append(derived(p)).append("</td>"));
        h.append("</tr></table>");
    }

    private static String derived(SeriesPoint p) {
        if (p.derived() == null) {
            return "－";
        }
        String value = number(p.derived().value());
        String state = "PROVISIONAL".equals(p.derived().state()) ? "（暫定）" : "";
        String difference = p.differenceOfficialMinusDerived() == null || p.differenceOfficialMinusDerived().signum() == 0
                ? "" : "<br/><span class=\"diff\">実績との差 " + p.differenceOfficialMinusDerived().toPlainString() + "</span>";
        return value + state + difference;
    }

    private void projectList(StringBuilder h, EvaluationSheet sheet) {
        PolicyFieldResponse f = sheet.field();
        h.append("<section id=\"projects\"><h2>５　事務事業一覧</h2><table class=\"projects\"><tr><th>番号</th>")
                .append("<th>ロジックモデル</th><th>重点事業</th><th>人口減少対策</th><th>SDGsターゲット</th><th>事務事業名</th>")
                .append("<th>次年度方針</th><th>担当部・課</th>");
        sheet.costYears().forEach(year -> h.append("<th>事業費（千円）<br/>").append(escape(costYearLabel(sheet, year)))
                .append("</th>"));
        h.append("</tr>");
        for (PolicyFieldResponse.MeasureView m : f.measures()) {
            h.append("<tr><th colspan=\"").append(8 + sheet.costYears().size()).append("\" class=\"measure\">施策")
                    .append(m.number()).append("　").append(escape(m.name())).append("</th></tr>");
            for (PolicyFieldResponse.ProjectView p : m.projects()) {
                h.append("<tr><td>").append(p.number()).append("</td><td>").append(p.hasLogicModel() ? "◎" : "")
                        .append("</td><td>").append(p.priority() ? "◎" : "").append("</td><td>")
                        .append(p.depopulationPillar() == null ? "" : "柱" + p.depopulationPillar()).append("</td><td>")
                        .append(escape(p.sdgTarget())).append("</td><td>").append(escape(p.name())).append("</td><td>")
                        .append(escape(p.nextYearDirectionJapanese())).append("</td><td>").append(escape(p.department()))
                        .append("</td>");
                sheet.costYears().forEach(year -> h.append("<td class=\"num\">")
                        .append(amount(costs(sheet, p.code(), year), BudgetProjection.Costs::projectCost)).append("</td>"));
                h.append("</tr>");
            }
            totalRow(h, sheet, "施策" + m.number() + " 計", m.projects().stream().map(PolicyFieldResponse.ProjectView::code).toList());
        }
        totalRow(h, sheet, "政策分野" + f.number() + " 合計", f.measures().stream()
                .flatMap(m -> m.projects().stream().map(PolicyFieldResponse.ProjectView::code)).toList());
        h.append("</table>");
        if (sheet.costs().isEmpty()) {
            h.append("<p class=\"note\">事業費：補助金・予算サービスから予算データを受信していません。</p>");
        }
        h.append("<p class=\"note\">※人口減少対策に資する事業を「第２期　会津若松市　まち・ひと・しごと創生総合戦略」で定める４つの基本目標に分類して表記しています。");
        f.depopulationPillars().forEach(p -> h.append("<br/>柱").append(p.number()).append("　").append(escape(p.name())));
        h.append("</p></section>");
    }

    private void projectDetails(StringBuilder h, EvaluationSheet sheet) {
        PolicyFieldResponse f = sheet.field();
        h.append("<section id=\"project-details\"><h2>事務事業の概要と検証</h2>");
        for (PolicyFieldResponse.MeasureView m : f.measures()) {
            for (PolicyFieldResponse.ProjectView p : m.projects()) {
                h.append("<div class=\"project\" id=\"project-").append(escape(p.code())).append("\"><h3>施策")
                        .append(m.number()).append("－").append(p.number()).append("　").append(escape(p.name()))
                        .append("</h3><table><tr><th>法定／自主</th><td>").append(escape(p.statutoryJapanese()))
                        .append("</td><th>担当部・課</th><td>").append(escape(p.department())).append("</td><th>次年度方針</th><td>")
                        .append(escape(p.nextYearDirectionJapanese())).append("</td></tr>")
                        .append("<tr><th>概要（目的と内容）</th><td colspan=\"5\">").append(paragraph(p.purpose()))
                        .append("</td></tr>");
                financeRows(h, sheet, p.code());
                h.append("<tr><th>これまでの取組状況</th><td colspan=\"5\">")
                        .append(p.progress() == null ? "－" : paragraph(p.progress())).append("</td></tr>");
                if (p.logicModel() != null) {
                    h.append("<tr><th>ロジックモデル</th><td colspan=\"5\"><table class=\"logic\"><tr><th>事業実績</th>")
                            .append("<th>短期成果</th><th>中期成果</th><th>最終成果</th></tr><tr><td>")
                            .append(paragraph(p.logicModel().activity())).append("</td><td>")
                            .append(paragraph(p.logicModel().shortTerm())).append("</td><td>")
                            .append(paragraph(p.logicModel().midTerm())).append("</td><td>")
                            .append(paragraph(p.logicModel().finalOutcome())).append("</td></tr></table></td></tr>");
                }
                if (p.outcomeIndicator() != null) {
                    h.append("<tr><th>成果の推移（中期成果）</th><td colspan=\"5\"><table><tr><th>項目</th>");
                    p.outcomeIndicator().values().forEach(v -> h.append("<th>")
                            .append(escape(FiscalYear.of(v.fiscalYear()).japaneseLabel())).append("</th>"));
                    h.append("</tr><tr><td>").append(escape(p.outcomeIndicator().name())).append("（")
                            .append(escape(p.outcomeIndicator().unit())).append("）</td>");
                    p.outcomeIndicator().values().forEach(v -> h.append("<td class=\"num\">").append(escape(v.text()))
                            .append("</td>"));
                    h.append("</tr></table></td></tr>");
                }
                h.append("<tr><th>事業の検証（課題認識／今後の方針・改善点）</th><td colspan=\"5\">")
                        .append(p.issues() == null ? "" : paragraph(p.issues())).append("</td></tr></table></div>");
            }
        }
        h.append("</section>");
    }

    /** 財務内容: the three figures of the previous and this fiscal year, in thousand yen. */
    private static void financeRows(StringBuilder h, EvaluationSheet sheet, String code) {
        h.append("<tr><th>財務内容（千円）</th><td colspan=\"5\"><table><tr><th></th>");
        sheet.costYears().forEach(year -> h.append("<th>").append(escape(costYearLabel(sheet, year))).append("</th>"));
        h.append("</tr>");
        financeRow(h, sheet, code, "事業費", BudgetProjection.Costs::projectCost);
        financeRow(h, sheet, code, "所要一般財源", BudgetProjection.Costs::generalRevenue);
        financeRow(h, sheet, code, "概算人件費", BudgetProjection.Costs::personnelCost);
        Map<Integer, SubsidyProjection.Totals> subsidies = sheet.subsidies().getOrDefault(code, Map.of());
        if (!subsidies.isEmpty()) {
            h.append("<tr><th>補助金 交付決定（件・円）</th>");
            sheet.costYears().forEach(year -> h.append("<td class=\"num\">").append(subsidies.containsKey(year)
                    ? subsidies.get(year).approved() + "件 " + String.format("%,d", subsidies.get(year).approvedAmount())
                    : "").append("</td>"));
            h.append("</tr><tr><th>補助金 支出済（円）</th>");
            sheet.costYears().forEach(year -> h.append("<td class=\"num\">").append(subsidies.containsKey(year)
                    ? String.format("%,d", subsidies.get(year).disbursed()) : "").append("</td>"));
            h.append("</tr>");
        }
        Map<Integer, ParticipationProjection.Totals> participation = sheet.participation().getOrDefault(code, Map.of());
        if (!participation.isEmpty()) {
            h.append("<tr><th>イベント参加実績</th>");
            sheet.costYears().forEach(year -> h.append("<td class=\"num\">").append(participation.containsKey(year)
                    ? participationCell(participation.get(year)) : "").append("</td>"));
            h.append("</tr>");
        }
        h.append("</table></td></tr>");
    }

    /** E.g. 1回 31団体 511名. */
    private static String participationCell(ParticipationProjection.Totals totals) {
        return totals.events() + "回 " + (totals.groups() > 0 ? totals.groups() + "団体 " : "")
                + String.format("%,d", totals.participants()) + "名";
    }

    private static void financeRow(StringBuilder h, EvaluationSheet sheet, String code, String label,
                                   Function<BudgetProjection.Costs, Long> figure) {
        h.append("<tr><th>").append(label).append("</th>");
        sheet.costYears().forEach(year -> h.append("<td class=\"num\">").append(amount(costs(sheet, code, year), figure))
                .append("</td>"));
        h.append("</tr>");
    }

    private static void totalRow(StringBuilder h, EvaluationSheet sheet, String label, List<String> codes) {
        h.append("<tr class=\"total\"><th colspan=\"8\">").append(escape(label)).append("</th>");
        for (int year : sheet.costYears()) {
            List<Long> applicable = codes.stream().map(code -> costs(sheet, code, year)).filter(Objects::nonNull)
                    .map(BudgetProjection.Costs::projectCost).filter(Objects::nonNull).toList();
            h.append("<td class=\"num\">").append(applicable.isEmpty() ? "－"
                    : String.format("%,d", applicable.stream().mapToLong(Long::longValue).sum())).append("</td>");
        }
        h.append("</tr>");
    }

    private static BudgetProjection.Costs costs(EvaluationSheet sheet, String code, int year) {
        return sheet.costs().getOrDefault(code, Map.of()).get(year);
    }

    /** 15,020; － where the figure is not applicable; blank where no line was received. */
    private static String amount(BudgetProjection.Costs costs, Function<BudgetProjection.Costs, Long> figure) {
        if (costs == null) {
            return "";
        }
        Long value = figure.apply(costs);
        return value == null ? "－" : String.format("%,d", value);
    }

    /** E.g. 令和5年度（予算）, with the basis the lines of that year carry. */
    private static String costYearLabel(EvaluationSheet sheet, int year) {
        String basis = sheet.costs().values().stream().map(byYear -> byYear.get(year)).filter(Objects::nonNull)
                .map(BudgetProjection.Costs::basis).findFirst().orElse(null);
        String japanese = basis == null ? "" : switch (basis) {
            case "BUDGET" -> "（予算）";
            case "ESTIMATE" -> "（見込み）";
            case "SETTLED" -> "（決算）";
            default -> "";
        };
        return FiscalYear.of(year).japaneseLabel() + japanese;
    }

    private static String number(BigDecimal value) {
        return value == null ? "－" : escape(value.toPlainString());
    }

    private static final String CSS = """
            @page { size: A4; margin: 14mm 12mm; }
            body { font-family: '%s', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', sans-serif; font-size: 10pt; color: #111;
                   line-height: 1.45; }
            table.fixed { table-layout: fixed; } .nowrap, table.kpi th { white-space: nowrap; }
            table.kpi th.title { white-space: normal; }
            h1 { font-size: 16pt; margin: 4px 0 8px; } h2 { font-size: 13pt; border-bottom: 2px solid #2f6db5; margin-top: 18px; }
            h3 { font-size: 11pt; margin: 12px 0 4px; } .year { font-weight: bold; color: #2f6db5; margin: 0; }
            table { border-collapse: collapse; width: 100%%; margin: 4px 0 8px; page-break-inside: auto; }
            th, td { border: 1px solid #888; padding: 3px 5px; vertical-align: top; }
            th { background: #eef3f9; font-weight: bold; text-align: left; } td.num { text-align: right; white-space: nowrap; }
            td.derived { color: #555; } .diff { color: #b03a2e; font-size: 8.5pt; } .note { font-size: 8.5pt; }
            th.measure { background: #dde7f3; } tr.total th, tr.total td { background: #f5f5f5; font-weight: bold; } .chart { margin: 4px 0 12px; } .project { page-break-inside: avoid; }
            .kpi-block, table.kpi { page-break-inside: avoid; break-inside: avoid; }
            table.logic td { width: 25%%; }
            """.formatted(FONT_FAMILY);
}
