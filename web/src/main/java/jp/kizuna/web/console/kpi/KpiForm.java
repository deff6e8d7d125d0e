package jp.kizuna.web.console.kpi;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What staff typed into one form of the KPI pages: the fiscal year (by its start year), a value and a text (the
 * comment of an actual, the reason of a target or correction, the 検証 text, a year of 成果の推移). Kept as typed,
 * so that a refused form shows it again; read into numbers only at the edge of the API call.
 */
public record KpiForm(String fiscalYear, String value, String text) {

    /** 成果の推移 as printed: a number, optionally approximate (約150), or － (the API's own rule). */
    static final Pattern OUTCOME = Pattern.compile("\\s*(約?[0-9０-９][0-9０-９,]*(\\.[0-9]+)?|－)\\s*");
    static final int FIRST_YEAR = 1989;
    static final int LAST_YEAR = 2100;

    public KpiForm {
        fiscalYear = fiscalYear == null ? "" : fiscalYear.strip();
        value = value == null ? "" : value;
        text = text == null ? "" : text;
    }

    static KpiForm empty() {
        return new KpiForm("", "", "");
    }

    static KpiForm forYear(Integer fiscalYear) {
        return new KpiForm(fiscalYear == null ? "" : fiscalYear.toString(), "", "");
    }

    /** The value as a number: digits typed on a Japanese keyboard (９１．２) count, thousands separators are left out. */
    Optional<BigDecimal> number() {
        String digits = Normalizer.normalize(value, Normalizer.Form.NFKC).strip().replace(",", "");
        if (!digits.matches("-?\\d{1,10}(\\.\\d{1,4})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(digits));
    }

    /** The fiscal year as its start year, if it is one the platform supports. */
    Optional<Integer> year() {
        String digits = Normalizer.normalize(fiscalYear, Normalizer.Form.NFKC).strip();
        if (!digits.matches("\\d{4}")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(digits);
        return year < FIRST_YEAR || year > LAST_YEAR ? Optional.empty() : Optional.of(year);
    }

    /** Whether the form names this fiscal year (for the chosen option of a list of years). */
    public boolean isYear(int year) {
        return fiscalYear.equals(Integer.toString(year));
    }

    boolean hasText() {
        return !text.isBlank();
    }

    boolean isOutcome() {
        return OUTCOME.matcher(text).matches();
    }

    /** Puts the message key of what is wrong with a field into {@code errors}, when {@code wrong}. */
    static void check(boolean wrong, Map<String, String> errors, String field, String key) {
        if (wrong) {
            errors.putIfAbsent(field, key);
        }
    }
}
