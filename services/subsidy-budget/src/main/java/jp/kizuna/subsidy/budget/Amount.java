package jp.kizuna.subsidy.budget;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount in thousand yen (千円), or not applicable: the sheet's 「－」, which is not zero. In JSON a
 * number, or the string {@code "NOT_APPLICABLE"} (「－」 is accepted too).
 */
public record Amount(Long thousandYen) {

    public static final Amount NOT_APPLICABLE = new Amount(null);
    static final String NOT_APPLICABLE_TEXT = "NOT_APPLICABLE";
    /** Just under a quadrillion yen: a thousand times the city's yearly budget, and far inside a long. */
    static final BigDecimal LARGEST = BigDecimal.valueOf(999_999_999_999L);

    public Amount {
        if (thousandYen != null && thousandYen < 0) {
            throw new IllegalArgumentException("an amount cannot be negative");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Amount parse(Object value) {
        if (value instanceof Number number) {
            BigDecimal exact = exactly(number);
            if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException("amounts are whole thousand yen");
            }
            if (exact.compareTo(LARGEST) > 0) {
                throw new IllegalArgumentException("an amount is at most " + String.format("%,d", LARGEST.longValue())
                        + " thousand yen");
            }
            return new Amount(exact.longValueExact());
        }
        if (value instanceof String text && (NOT_APPLICABLE_TEXT.equals(text.strip()) || "－".equals(text.strip()))) {
            return NOT_APPLICABLE;
        }
        throw new IllegalArgumentException("an amount is a number of thousand yen or \"NOT_APPLICABLE\" (－)");
    }

    /** The number as JSON gave it; a number too large for a double (1e400) is too large for an amount. */
    private static BigDecimal exactly(Number number) {
        return switch (number) {
            case BigDecimal decimal -> decimal;
            case BigInteger whole -> new BigDecimal(whole);
            case Double d when d.isInfinite() || d.isNaN() -> LARGEST.add(BigDecimal.ONE);
            case Float f when f.isInfinite() || f.isNaN() -> LARGEST.add(BigDecimal.ONE);
            case Double d -> new BigDecimal(d);
            case Float f -> new BigDecimal(f.doubleValue());
            default -> BigDecimal.valueOf(number.longValue());
        };
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
