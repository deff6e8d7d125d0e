package jp.kizuna.web.kpi;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

/**
 * The one way the web writes a KPI's value, the portal's {@code /kpi} and the console alike: as the evaluation sheet
 * prints it, with the digits the service gives (92.0 stays 92.0, 7 stays 7; never an exponent, never rounded by
 * the page's number format), its unit after it, and 「－」 for none. Percentages (achievement rates, membership
 * rates) are written the same way with 「％」. Templates reach it as {@code @kpiNumbers}.
 */
@Component("kpiNumbers")
public class KpiNumbers {

    /** None, as the sheet prints it. */
    public static final String NONE = "－";
    public static final String PERCENT = "％";

    /** Plain digits as given, never an exponent; 「－」 for none. */
    public static String number(BigDecimal value) {
        return value == null ? NONE : value.toPlainString();
    }

    /** A difference with its sign (+0.4, -1, 0); 「－」 for none. */
    public static String signed(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        return (value.signum() > 0 ? "+" : "") + value.toPlainString();
    }

    /** The value with its unit (92.0％, 10団体); 「－」 alone for none. */
    public static String withUnit(BigDecimal value, String unit) {
        return value == null ? NONE : value.toPlainString() + (unit == null ? "" : unit);
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
}
