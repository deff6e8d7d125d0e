package jp.kizuna.kpi.policy;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** 成果の推移: a project's outcome indicator by fiscal year, values as printed (約150). */
public record OutcomeIndicator(String name, String unit, List<Value> values) {

    public OutcomeIndicator {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** This indicator with {@code text} as the value of {@code fiscalYear}, replacing any earlier one. */
    OutcomeIndicator with(int fiscalYear, String text) {
        List<Value> next = new java.util.ArrayList<>(values.stream().filter(v -> v.fiscalYear() != fiscalYear).toList());
        next.add(new Value(fiscalYear, text));
        next.sort(java.util.Comparator.comparingInt(Value::fiscalYear));
        return new OutcomeIndicator(name, unit, next);
    }

    /** The printed value of a fiscal year, or null. */
    String textOf(int fiscalYear) {
        return values.stream().filter(v -> v.fiscalYear() == fiscalYear).map(Value::text).findFirst().orElse(null);
    }

    /** One year's value: {@code text} as printed, with its number and whether it is approximate. */
    public record Value(int fiscalYear, String text) {

        @JsonProperty
        public BigDecimal number() {
            String digits = text.replace("約", "").replace(",", "").strip();
            return digits.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(digits) : null;
        }

        @JsonProperty
        public boolean approximate() {
            return text.startsWith("約");
        }
    }
}
