package jp.kizuna.kpi.sheet;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import jp.kizuna.kpi.budget.BudgetReadModel;
import jp.kizuna.kpi.indicator.SeriesPoint;
import jp.kizuna.kpi.participation.ParticipationReadModel;
import jp.kizuna.kpi.policy.PolicyFieldResponse;
import jp.kizuna.kpi.subsidy.SubsidyReadModel;
import jp.kizuna.platform.time.FiscalYear;

/**
 * The figures of one evaluation sheet as its template prints them: numbers as the city writes them
 * (15,020; － where a figure is not applicable), the cost years' labels, the totals per measure and field,
 * and the lines of a multi-line text. The template lays the page out; what a cell says is decided here.
 */
public final class SheetFigures {

    /** The three figures of a project's 財務内容, in the sheet's order. */
    public enum Figure {
        PROJECT_COST("事業費", BudgetReadModel.Costs::projectCost),
        GENERAL_REVENUE("所要一般財源", BudgetReadModel.Costs::generalRevenue),
        PERSONNEL_COST("概算人件費", BudgetReadModel.Costs::personnelCost);

        private final String label;
        private final Function<BudgetReadModel.Costs, Long> value;

        Figure(String label, Function<BudgetReadModel.Costs, Long> value) {
            this.label = label;
            this.value = value;
        }

        public String label() {
            return label;
        }
    }

    private final EvaluationSheet sheet;

    SheetFigures(EvaluationSheet sheet) {
        this.sheet = sheet;
    }

    public List<Figure> figures() {
        return Arrays.asList(Figure.values());
    }

    /** E.g. 令和6年度, the sheet's own year. */
    public String yearLabel() {
        return FiscalYear.of(sheet.fiscalYear()).japaneseLabel();
    }

    public String yearLabel(int fiscalYear) {
        return FiscalYear.of(fiscalYear).japaneseLabel();
    }

    /** E.g. 目標11・目標17. */
    public String sdgGoals() {
        return String.join("・", sheet.field().relatedSdgGoals().stream().map(g -> "目標" + g).toList());
    }

    /** A multi-line text's lines, which the template separates with line breaks; none for no text. */
    public List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\n", -1));
    }

    /** 92.0; － for no value. */
    public String number(BigDecimal value) {
        return value == null ? "－" : value.toPlainString();
    }

    /** The value derived from events, with （暫定） while its year runs; － for none. */
    public String derived(SeriesPoint point) {
        if (point.derived() == null) {
            return "－";
        }
        return number(point.derived().value()) + ("PROVISIONAL".equals(point.derived().state()) ? "（暫定）" : "");
    }

    /** How far the official actual is from the derived value; null when they agree or one is missing. */
    public String difference(SeriesPoint point) {
        BigDecimal difference = point.differenceOfficialMinusDerived();
        return difference == null || difference.signum() == 0 ? null : difference.toPlainString();
    }

    /** E.g. 令和5年度（予算）, with the basis the lines of that year carry. */
    public String costYearLabel(int year) {
        String basis = sheet.costs().values().stream().map(byYear -> byYear.get(year)).filter(Objects::nonNull)
                .map(BudgetReadModel.Costs::basis).findFirst().orElse(null);
        String japanese = basis == null ? "" : switch (basis) {
            case "BUDGET" -> "（予算）";
            case "ESTIMATE" -> "（見込み）";
            case "SETTLED" -> "（決算）";
            default -> "";
        };
        return FiscalYear.of(year).japaneseLabel() + japanese;
    }

    /** 15,020; － where the figure is not applicable; blank where no line was received. */
    public String amount(String projectCode, int year, Figure figure) {
        BudgetReadModel.Costs costs = costs(projectCode, year);
        if (costs == null) {
            return "";
        }
        Long value = figure.value.apply(costs);
        return value == null ? "－" : grouped(value);
    }

    /** A project's cost in a year, as {@link #amount} writes it. */
    public String projectCost(String projectCode, int year) {
        return amount(projectCode, year, Figure.PROJECT_COST);
    }

    /** The project cost of a measure's projects in a year; － when none of them has one. */
    public String measureTotal(PolicyFieldResponse.MeasureView measure, int year) {
        return total(measure.projects().stream(), year);
    }

    /** The project cost of the whole field in a year; － when no project has one. */
    public String fieldTotal(int year) {
        return total(sheet.field().measures().stream().flatMap(m -> m.projects().stream()), year);
    }

    private String total(Stream<PolicyFieldResponse.ProjectView> projects, int year) {
        List<Long> applicable = projects.map(p -> costs(p.code(), year)).filter(Objects::nonNull)
                .map(BudgetReadModel.Costs::projectCost).filter(Objects::nonNull).toList();
        return applicable.isEmpty() ? "－" : grouped(applicable.stream().mapToLong(Long::longValue).sum());
    }

    public boolean hasSubsidies(String projectCode) {
        return !subsidies(projectCode).isEmpty();
    }

    /** E.g. 1件 500,000: the approvals of a year and their amount; blank for a year without any. */
    public String subsidiesApproved(String projectCode, int year) {
        SubsidyReadModel.Totals totals = subsidies(projectCode).get(year);
        return totals == null ? "" : totals.approved() + "件 " + grouped(totals.approvedAmount());
    }

    /** E.g. 200,000: what was paid in a year; blank for a year without approvals. */
    public String subsidiesDisbursed(String projectCode, int year) {
        SubsidyReadModel.Totals totals = subsidies(projectCode).get(year);
        return totals == null ? "" : grouped(totals.disbursed());
    }

    public boolean hasParticipation(String projectCode) {
        return !participation(projectCode).isEmpty();
    }

    /** E.g. 1回 31団体 511名 (the groups only where groups took part); blank for a year without events. */
    public String participation(String projectCode, int year) {
        ParticipationReadModel.Totals totals = participation(projectCode).get(year);
        return totals == null ? "" : totals.events() + "回 " + (totals.groups() > 0 ? totals.groups() + "団体 " : "")
                + grouped(totals.participants()) + "名";
    }

    private BudgetReadModel.Costs costs(String projectCode, int year) {
        return sheet.costs().getOrDefault(projectCode, Map.of()).get(year);
    }

    private Map<Integer, SubsidyReadModel.Totals> subsidies(String projectCode) {
        return sheet.subsidies().getOrDefault(projectCode, Map.of());
    }

    private Map<Integer, ParticipationReadModel.Totals> participation(String projectCode) {
        return sheet.participation().getOrDefault(projectCode, Map.of());
    }

    private static String grouped(long value) {
        return String.format("%,d", value);
    }
}
