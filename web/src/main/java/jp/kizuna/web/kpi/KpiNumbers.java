package jp.kizuna.web.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.stereotype.Component;

/**
 * The one way the web writes a KPI's value, the portal's {@code /kpi} and the console alike, as the evaluation sheet
 * prints it: a rate (unit 「％」: targets, actuals, achievement rates, membership rates) with its one decimal (92.0％,
 * never 92％ in one place and 92.0％ in another), a count or any other value as the whole number or decimal it is
 * (9団体, however many zeros the service's arithmetic left after the point), never an exponent, and 「－」 for none.
 * Templates reach it as {@code @kpiNumbers}.
 */
@Component("kpiNumbers")
public class KpiNumbers {

    /** None, as the sheet prints it. */
    public static final String NONE = "－";
    public static final String PERCENT = "％";

    /** The digits of a value that has no unit here (a history's before and after): as given, never an exponent. */
    public static String number(BigDecimal value) {
        return value == null ? NONE : value.toPlainString();
    }

    /** The value with its unit (92.0％, 10団体); 「－」 alone for none. */
    public static String withUnit(BigDecimal value, String unit) {
        return value == null ? NONE : digits(value, unit) + (unit == null ? "" : unit);
    }

    /** A difference with its sign and unit (+0.4％, -1団体, 0団体); 「－」 for none. */
    public static String signed(BigDecimal value, String unit) {
        if (value == null) {
            return NONE;
        }
        return (value.signum() > 0 ? "+" : "") + withUnit(value, unit);
    }

    /** A percentage (99.1％); 「－」 for none. */
    public static String percent(BigDecimal value) {
        return withUnit(value, PERCENT);
    }

    /** As {@link #withUnit}, for a template. */
    public String of(BigDecimal value, String unit) {
        return withUnit(value, unit);
    }

    /** As {@link #percent}, for a template. */
    public String rate(BigDecimal value) {
        return percent(value);
    }

    private static String digits(BigDecimal value, String unit) {
        if (PERCENT.equals(unit) || "%".equals(unit)) {
            // the platform keeps rates to one decimal (the KPI service refuses more): 92 is written 92.0, 91.25 stays
            return value.setScale(Math.max(1, value.stripTrailingZeros().scale()), RoundingMode.HALF_UP).toPlainString();
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
