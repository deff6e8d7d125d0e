package jp.kizuna.subsidy.budget;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount in thousand yen (千円), or not applicable: the sheet's 「－」, which is not zero. In JSON a
 * number, or the string {@code "NOT_APPLICABLE"} (「－」 is accepted too).
 */
public record Amount(Long thousandYen) {

    public static final Amount NOT_APPLICABLE = new Amount(null);
    static final String NOT_APPLICABLE_TEXT = "NOT_APPLICABLE";

    public Amount {
        if (thousandYen != null && thousandYen < 0) {
            throw new IllegalArgumentException("an amount cannot be negative");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Amount parse(Object value) {
        if (value instanceof Number number) {
            if (number.doubleValue() != Math.rint(number.doubleValue())) {
                throw new IllegalArgumentException("amounts are whole thousand yen");
            }
            return new Amount(number.longValue());
        }
        if (value instanceof String text && (NOT_APPLICABLE_TEXT.equals(text.strip()) || "－".equals(text.strip()))) {
            return NOT_APPLICABLE;
        }
        throw new IllegalArgumentException("an amount is a number of thousand yen or \"NOT_APPLICABLE\" (－)");
    }

    @JsonValue
    Object json() {
        return thousandYen == null ? NOT_APPLICABLE_TEXT : thousandYen;
    }

    public boolean applicable() {
        return thousandYen != null;
    }

    /** As the sheet prints it: 15,020 or －. */
    public String printed() {
        return thousandYen == null ? "－" : String.format("%,d", thousandYen);
    }
}
