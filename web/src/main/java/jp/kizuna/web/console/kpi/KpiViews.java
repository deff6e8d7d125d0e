package jp.kizuna.web.console.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jp.kizuna.web.events.EventViews.Page;
import jp.kizuna.web.kpi.KpiNumbers;
import jp.kizuna.web.text.JapaneseDates;

/**
 * The KPI service's answers as the console shows them (unknown members are ignored): indicators with their
 * series and who entered what, the policy field's tree down to each project, and the histories of both.
 */
public final class KpiViews {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private KpiViews() {
    }

    /** A value without its unit (a history's before and after), as {@link KpiNumbers} writes it: never an exponent; － for none. */
    static String number(BigDecimal value) {
        return KpiNumbers.number(value);
    }

    /** One page of a list the API gives whole (a history), the page number kept within the list. */
    static <T> Page<T> slice(List<T> all, int page, int size) {
        int totalPages = Math.max(1, (all.size() + size - 1) / size);
        int shown = Math.min(page, totalPages - 1);
        int from = shown * size;
        return new Page<>(all.subList(from, Math.min(all.size(), from + size)), shown, size, all.size(), totalPages);
    }

    /** When something happened, in the city's time. */
    static String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(TOKYO));
    }

    public record FiscalYear(int year, String label, String japaneseLabel) {

        public String in(Locale locale) {
            return JapaneseDates.japanese(locale) ? japaneseLabel : label;
        }
    }

    /** A KPI with its definition and its series by fiscal year ({@code GET /api/kpi/indicators/{code}}). */
    public record Indicator(String code, int policyField, int number, String name, String unit, String kind,
                            String definition, String direction, String derivedFrom, BigDecimal finalTarget,
                            String verification, List<Year> series, long version) {

        public Indicator {
            series = series == null ? List.of() : List.copyOf(series);
        }

        public String finalTargetText() {
            return KpiNumbers.withUnit(finalTarget, unit);
        }

        public Year year(int fiscalYear) {
            return series.stream().filter(y -> y.fiscalYear().year() == fiscalYear).findFirst().orElse(null);
        }
    }

    /** One fiscal year of an indicator: target, the official actual, the derived value and their difference. */
    public record Year(FiscalYear fiscalYear, BigDecimal target, Actual actual, Derived derived,
                       BigDecimal differenceOfficialMinusDerived, BigDecimal achievementRate, String achievementBasis) {

        public boolean hasActual() {
            return actual != null && actual.value() != null;
        }

        public boolean isConfirmed() {
            return hasActual() && "CONFIRMED".equals(actual.state());
        }
    }

    public record Actual(BigDecimal value, String state, String comment, String byName, Instant at,
                         String confirmedByName, Instant confirmedAt) {
    }

    /** The value derived from the other services' events: PROVISIONAL while the year runs, FINAL after. */
    public record Derived(BigDecimal value, String state, LocalDate asOf, String basis) {
    }

    /** One change of a target, actual or text of an indicator, newest first as the API lists them. */
    public record Change(Instant at, String byName, String action, Integer fiscalYear, BigDecimal before,
                         BigDecimal after, String reason) {

        private static final List<String> ACTIONS = List.of("target set", "final target set", "actual recorded",
                "actual confirmed", "confirmed actual corrected", "verification edited");

        /** The message key's last part for an action the console knows, or null (then the API's words are shown). */
        public String actionKey() {
            return ACTIONS.contains(action) ? action.replace(' ', '-') : null;
        }

        public String atText() {
            return KpiViews.at(at);
        }

        public String fiscalYearIn(Locale locale) {
            return fiscalYear == null ? "－" : JapaneseDates.fiscalYear(fiscalYear, locale);
        }

        public String beforeText() {
            return number(before);
        }

        public String afterText() {
            return number(after);
        }
    }

    /** A policy field's tree as the API answers it ({@code GET /api/kpi/policy-fields/{field}}). */
    public record Field(Level policyGoal, Level policy, int number, String name, String vision,
                        FiscalYear sheetFiscalYear, String overallEvaluation, List<Measure> measures, long version) {

        public Field {
            measures = measures == null ? List.of() : List.copyOf(measures);
        }

        public Measure measure(int number) {
            return measures.stream().filter(m -> m.number() == number).findFirst().orElse(null);
        }

        public Project project(String code) {
            return measures.stream().flatMap(m -> m.projects().stream()).filter(p -> p.code().equals(code)).findFirst()
                    .orElse(null);
        }
    }

    public record Level(int number, String name) {
    }

    /** 施策 with its evaluation texts and its business projects. */
    public record Measure(int number, String name, String content, String focus, String progress, String issues,
                          String finalEvaluation, List<Project> projects) {

        public Measure {
            projects = projects == null ? List.of() : List.copyOf(projects);
        }
    }

    /** 事務事業 with its texts, 次年度方針 and 成果の推移. */
    public record Project(String code, int measure, int number, String name, String department, String statutoryJapanese,
                          boolean priority, String nextYearDirection, String nextYearDirectionJapanese, String purpose,
                          String progress, String issues, Outcome outcomeIndicator) {
    }

    /** 成果の推移: the values are text, as printed (約150, －). */
    public record Outcome(String name, String unit, List<OutcomeValue> values) {

        public Outcome {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    public record OutcomeValue(int fiscalYear, String text, boolean approximate) {

        public String fiscalYearIn(Locale locale) {
            return JapaneseDates.fiscalYear(fiscalYear, locale);
        }
    }

    /** One change of an evaluation text of a policy field: its path names what changed. */
    public record TextChange(Instant at, String byName, String path, String before, String after, String reason) {

        public String atText() {
            return KpiViews.at(at);
        }
    }
}
