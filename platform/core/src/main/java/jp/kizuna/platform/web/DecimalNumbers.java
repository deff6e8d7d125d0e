package jp.kizuna.platform.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole numbers in query parameters, path variables and headers are read in decimal only:
 * {@code 16}, {@code -3}, {@code 010} (ten). Spring's own reading also takes {@code 0x10} and
 * {@code #10} as sixteen and {@code +10} as ten (and falls back to it when a conversion refuses a
 * value), which no client means and no API document says. These editors are found before either.
 */
@ControllerAdvice
public class DecimalNumbers {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,19}");

    @InitBinder
    void readWholeNumbersInDecimal(WebDataBinder binder) {
        binder.registerCustomEditor(int.class, new Decimal<>(Integer::valueOf, false));
        binder.registerCustomEditor(Integer.class, new Decimal<>(Integer::valueOf, true));
        binder.registerCustomEditor(long.class, new Decimal<>(Long::valueOf, false));
        binder.registerCustomEditor(Long.class, new Decimal<>(Long::valueOf, true));
    }

    private static final class Decimal<N extends Number> extends PropertyEditorSupport {

        private final Function<String, N> parse;
        private final boolean emptyIsNull;

        Decimal(Function<String, N> parse, boolean emptyIsNull) {
            this.parse = parse;
            this.emptyIsNull = emptyIsNull;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isEmpty() && emptyIsNull) {
                setValue(null);
                return;
            }
            if (!DECIMAL.matcher(text).matches()) {
                throw new IllegalArgumentException("not a decimal whole number");
            }
            setValue(parse.apply(text));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
