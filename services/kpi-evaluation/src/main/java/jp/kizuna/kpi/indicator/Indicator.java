package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A KPI (重要業績評価指標) of a policy field: its definition, targets and official actuals by fiscal
 * year, and the history of every change. A confirmed actual is locked: it changes only through an
 * explicit correction by a city admin. Values derived from other services are never stored here;
 * they are computed beside the official ones (see {@link Derivations}).
 */
@Document("indicators")
public class Indicator {

    @Id
    private String code;
    private int policyField;
    private int number;
    private String name;
    private String unit;
    private IndicatorKind kind;
    private String definition;
    private Direction direction;
    private DerivationSource derivedFrom;
    private int planFrom;
    private int planTo;
    private BigDecimal finalTarget;
    /** Keyed by the fiscal year's start year as text (MongoDB keys are strings). */
    private Map<String, Target> targets = new TreeMap<>();
    private Map<String, Actual> actuals = new TreeMap<>();
    private String verification;
    private List<IndicatorChange> history = new ArrayList<>();
    @Version
    private Long version;

    protected Indicator() {
    }

    public Indicator(String code, int policyField, int number, String name, String unit, IndicatorKind kind,
                     String definition, Direction direction, DerivationSource derivedFrom, int planFrom, int planTo,
                     BigDecimal finalTarget, String verification) {
        this.code = code;
        this.policyField = policyField;
        this.number = number;
        this.name = name;
        this.unit = unit;
        this.kind = kind;
        this.definition = definition;
        this.direction = direction;
        this.derivedFrom = derivedFrom;
        this.planFrom = planFrom;
        this.planTo = planTo;
        this.finalTarget = check(finalTarget, "finalTarget");
        this.verification = verification;
    }

    public void setTarget(int fiscalYear, BigDecimal value, String reason, Actor by, Instant now) {
        requireInPlan(fiscalYear);
        check(value, "value");
        Target before = targets.get(key(fiscalYear));
        targets.put(key(fiscalYear), Target.of(value, by, now));
        history.add(IndicatorChange.of(now, by, "target set", fiscalYear, before == null ? null : before.value(), value,
                reason));
    }

    public void setFinalTarget(BigDecimal value, String reason, Actor by, Instant now) {
        check(value, "value");
        history.add(IndicatorChange.of(now, by, "final target set", null, finalTarget, value, reason));
        finalTarget = value;
    }

    /**
     * Enters or re-enters a provisional actual; a confirmed one is locked. Actuals are kept for the
     * plan's years and for every year after it up to the running one (the series shows them all;
     * the KPI is still measured when the plan's targets have run out).
     */
    public void recordActual(int fiscalYear, BigDecimal value, String comment, Actor by, Instant now) {
        requireMeasured(fiscalYear, FiscalYear.containing(now.atZone(FiscalYear.CITY_ZONE).toLocalDate()));
        check(value, "value");
        Actual before = actuals.get(key(fiscalYear));
        if (before != null && before.state() == ActualState.CONFIRMED) {
            throw ProblemException.conflict("The actual of " + FiscalYear.of(fiscalYear).japaneseLabel()
                    + " is confirmed and locked; a city admin changes it with a correction.");
        }
        actuals.put(key(fiscalYear), Actual.provisional(value, comment, by, now));
        history.add(IndicatorChange.of(now, by, "actual recorded", fiscalYear, before == null ? null : before.value(),
                value, comment));
    }

    /** Makes the entered actual the official figure of a fiscal year that has ended. */
    public void confirmActual(int fiscalYear, Actor by, Instant now, FiscalYear current) {
        Actual actual = actuals.get(key(fiscalYear));
        if (actual == null) {
            throw ProblemException.ruleViolated("There is no actual for " + FiscalYear.of(fiscalYear).japaneseLabel()
                    + " to confirm; record it first.");
        }
        if (actual.state() == ActualState.CONFIRMED) {
            throw ProblemException.conflict("The actual of " + FiscalYear.of(fiscalYear).japaneseLabel()
                    + " is confirmed already.");
        }
        if (fiscalYear >= current.startYear()) {
            throw ProblemException.ruleViolated(FiscalYear.of(fiscalYear).japaneseLabel()
                    + " has not ended; an actual is confirmed after its fiscal year.");
        }
        actuals.put(key(fiscalYear), actual.confirmed(by, now));
        history.add(IndicatorChange.of(now, by, "actual confirmed", fiscalYear, actual.value(), actual.value(), null));
    }

    /** Changes a confirmed actual, saying why; it stays confirmed. */
    public void correctActual(int fiscalYear, BigDecimal value, String reason, Actor by, Instant now) {
        check(value, "value");
        Actual actual = actuals.get(key(fiscalYear));
        if (actual == null || actual.state() != ActualState.CONFIRMED) {
            throw ProblemException.ruleViolated("Only a confirmed actual is corrected; the actual of "
                    + FiscalYear.of(fiscalYear).japaneseLabel() + " can be re-entered instead.");
        }
        actuals.put(key(fiscalYear), Actual.corrected(value, reason, by, now));
        history.add(IndicatorChange.of(now, by, "confirmed actual corrected", fiscalYear, actual.value(), value, reason));
    }

    public void editVerification(String text, Actor by, Instant now) {
        history.add(IndicatorChange.of(now, by, "verification edited", null, null, null, text));
        verification = text;
    }

    /** The fiscal years the plan covers, first to last. */
    public List<Integer> planYears() {
        List<Integer> years = new ArrayList<>();
        for (int year = planFrom; year <= planTo; year++) {
            years.add(year);
        }
        return years;
    }

    public Target target(int fiscalYear) {
        return targets.get(key(fiscalYear));
    }

    public Actual actual(int fiscalYear) {
        return actuals.get(key(fiscalYear));
    }

    private void requireMeasured(int fiscalYear, FiscalYear running) {
        int last = Math.max(planTo, running.startYear());
        if (fiscalYear < planFrom || fiscalYear > last) {
            throw ProblemException.ruleViolated("Actuals of " + name + " are kept from " + FiscalYear.of(planFrom).japaneseLabel()
                    + " to " + FiscalYear.of(last).japaneseLabel() + " (FY" + planFrom + "–FY" + last + "); FY"
                    + fiscalYear + " is not one of those years.");
        }
    }

    private void requireInPlan(int fiscalYear) {
        if (fiscalYear < planFrom || fiscalYear > planTo) {
            throw ProblemException.ruleViolated("The plan of " + name + " covers " + FiscalYear.of(planFrom).japaneseLabel()
                    + "–" + FiscalYear.of(planTo).japaneseLabel() + " (FY" + planFrom + "–FY" + planTo + "); FY"
                    + fiscalYear + " is not one of its years.");
        }
    }

    private BigDecimal check(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        String problem = kind.rejects(value);
        if (problem != null) {
            throw ProblemException.ruleViolated(field + ": " + problem + ".");
        }
        return value;
    }

    private static String key(int fiscalYear) {
        return Integer.toString(fiscalYear);
    }

    public String code() {
        return code;
    }

    public int policyField() {
        return policyField;
    }

    public int number() {
        return number;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public IndicatorKind kind() {
        return kind;
    }

    public String definition() {
        return definition;
    }

    public Direction direction() {
        return direction;
    }

    public DerivationSource derivedFrom() {
        return derivedFrom;
    }

    public BigDecimal finalTarget() {
        return finalTarget;
    }

    public String verification() {
        return verification;
    }

    public List<IndicatorChange> history() {
        return List.copyOf(history);
    }

    public Long version() {
        return version;
    }
}
